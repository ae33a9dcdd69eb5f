import { Button, Code, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoutingRule } from '../api/types.ts';
import { TableScroll } from '../common/table-scroll.tsx';
import { toTriState } from './routing-rules.ts';

interface RoutingRulesTableProps {
  rules: RoutingRule[];
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
}

/** The routing rules in words: conditions, the organisation type referred to, and the services. */
export function RoutingRulesTable({ rules, onEdit, onRemove }: RoutingRulesTableProps) {
  const { t } = useTranslation();
  if (rules.length === 0) return <Text c="dimmed">{t('referralSettings.noRules')}</Text>;
  const tri = (value: boolean | undefined) => {
    const state = toTriState(value);
    return state === 'any' ? t('referralSettings.any') : t(`common.${state}`);
  };
  return (
    <TableScroll label={t('referralSettings.rulesCaption')}>
      <Table striped verticalSpacing="xs">
        <Table.Caption>{t('referralSettings.rulesCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('referralSettings.ruleId')}</Table.Th>
            <Table.Th scope="col">{t('referralSettings.foreign')}</Table.Th>
            <Table.Th scope="col">{t('referralSettings.child')}</Table.Th>
            <Table.Th scope="col">{t('referralSettings.region')}</Table.Th>
            <Table.Th scope="col">{t('referralSettings.forms')}</Table.Th>
            <Table.Th scope="col">{t('referralSettings.to')}</Table.Th>
            <Table.Th scope="col">{t('referralSettings.services')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.map((rule, index) => (
            <Table.Tr key={rule.id} data-testid="routing-rule-row">
              <Table.Td>
                <Code>{rule.id}</Code>
              </Table.Td>
              <Table.Td>{tri(rule.when.foreign)}</Table.Td>
              <Table.Td>{tri(rule.when.child)}</Table.Td>
              <Table.Td>{rule.when.region ?? t('referralSettings.anyRegion')}</Table.Td>
              <Table.Td>
                {rule.when.forms?.length
                  ? rule.when.forms.map((f) => t(`vocabulary.forms.${f}`)).join(', ')
                  : t('referralSettings.anyForm')}
              </Table.Td>
              <Table.Td>{t(`organisationTypes.${rule.toType}`, { defaultValue: rule.toType })}</Table.Td>
              <Table.Td>
                {rule.services
                  .map((s) => t(`referralVocabulary.services.${s}`, { defaultValue: s }))
                  .join(', ')}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('referralSettings.editRuleFor', { id: rule.id })}
                    onClick={() => onEdit(index)}
                  >
                    {t('common.edit')}
                  </Button>
                  <Button
                    size="xs"
                    color="red"
                    variant="light"
                    aria-label={t('referralSettings.removeRule', { id: rule.id })}
                    onClick={() => onRemove(index)}
                  >
                    {t('referralSettings.remove')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
