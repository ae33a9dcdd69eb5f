import { Button, Checkbox, Group, List, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionPlan, RetentionSettings } from '../api/types.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { LegalHolds } from './legal-holds.tsx';
import { useRetentionPlan, useRetentionSettings, useUpdateRetentionSettings } from './retention-queries.ts';

const types = ['person', 'hotline_contact', 'criminal_case', 'notification'] as const;

/** The administrator's retention: the rules and their legal basis, the dry run, legal holds. */
export function RetentionPage() {
  const { t } = useTranslation();
  usePageTitle(t('retention.title'));
  const settings = useRetentionSettings();
  const plan = useRetentionPlan();
  return (
    <RequirePermission permission="retention:update">
      <Stack>
        <Title order={1}>{t('retention.title')}</Title>
        <Text maw={720}>{t('retention.intro')}</Text>
        {settings.isPending ? <PageLoader /> : null}
        <ErrorAlert error={settings.error ?? plan.error} />
        {settings.data ? <RetentionForm initial={settings.data} /> : null}
        {plan.data ? <DryRun plan={plan.data} /> : null}
        <LegalHolds />
      </Stack>
    </RequirePermission>
  );
}

function RetentionForm({ initial }: { initial: RetentionSettings }) {
  const { t } = useTranslation();
  const update = useUpdateRetentionSettings();
  const [enabled, setEnabled] = useState(initial.enabled);
  const [rules, setRules] = useState(initial.rules);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ enabled, rules });
  };
  return (
    <form onSubmit={submit} data-testid="retention-form">
      <Stack>
        <ErrorAlert error={update.error} />
        <Checkbox
          label={t('retention.enabled')}
          description={t('retention.enabledHelp')}
          checked={enabled}
          onChange={(e) => setEnabled(e.currentTarget.checked)}
        />
        {types.map((type) => (
          <Group key={type} align="flex-start">
            <TextInput
              w={260}
              type="number"
              min={1}
              max={100}
              label={`${t(`retention.type.${type}`)} — ${t('retention.years')}`}
              value={String(rules[type].years)}
              onChange={(e) =>
                setRules({ ...rules, [type]: { ...rules[type], years: Number(e.currentTarget.value) } })
              }
            />
            <Textarea
              w={520}
              autosize
              label={`${t(`retention.type.${type}`)} — ${t('retention.legalBasis')}`}
              value={rules[type].legalBasis}
              onChange={(e) =>
                setRules({ ...rules, [type]: { ...rules[type], legalBasis: e.currentTarget.value } })
              }
            />
          </Group>
        ))}
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('retention.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DryRun({ plan }: { plan: RetentionPlan }) {
  const { t } = useTranslation();
  const rows: [string, number][] = [
    [t('retention.due'), plan.persons.due],
    [t('retention.held'), plan.persons.held],
    [t('retention.hotlineContacts'), plan.hotlineContacts],
    [t('retention.defendants'), plan.defendants],
    [t('retention.notifications'), plan.notifications],
  ];
  return (
    <Stack data-testid="retention-plan">
      <Title order={2}>{t('retention.plan')}</Title>
      <Table maw={560}>
        <Table.Tbody>
          {rows.map(([label, count]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row">{label}</Table.Th>
              <Table.Td>{count}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text fw={600}>{t('retention.codes')}</Text>
      {plan.persons.dueCodes.length + plan.persons.heldCodes.length === 0 ? (
        <Text>{t('retention.none')}</Text>
      ) : (
        <List>
          {plan.persons.dueCodes.slice(0, 50).map((code) => (
            <List.Item key={code}>{code}</List.Item>
          ))}
          {plan.persons.heldCodes.slice(0, 50).map(({ code, holds }) => (
            <List.Item key={code}>
              {code}: {holds.map((h) => t(`retention.hold.${h}`)).join(', ')}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
