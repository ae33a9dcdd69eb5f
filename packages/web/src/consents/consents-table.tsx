import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../api/types.ts';
import { StatusBadge } from '../common/status-badge.tsx';
import { TableScroll } from '../common/table-scroll.tsx';
import { useFormat } from '../i18n/format.ts';

interface Props {
  consents: Consent[];
  names: Map<string, string>;
  /** Without it (no consent:update) no "Withdraw" is offered. */
  onWithdraw?: (consent: Consent) => void;
}

/** Every consent, withdrawn ones included: what it covers, with whom, how and when it was given. */
export function ConsentsTable({ consents, names, onWithdraw }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableScroll label={t('consents.history')}>
      <Table data-testid="consents-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('consents.purposes')}</Table.Th>
            <Table.Th scope="col">{t('consents.withWhom')}</Table.Th>
            <Table.Th scope="col">{t('consents.means')}</Table.Th>
            <Table.Th scope="col">{t('consents.givenOn')}</Table.Th>
            <Table.Th scope="col">{t('consents.state')}</Table.Th>
            {onWithdraw ? <Table.Th scope="col">{t('common.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {consents.map((consent) => (
            <Table.Tr key={consent.id} data-testid="consent-row">
              <Table.Td>
                {consent.purposes.map((p) => t(`referralVocabulary.purposes.${p}`)).join(', ')}
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {consent.organisationIds.length === 0
                    ? t('consents.anyBody')
                    : consent.organisationIds.map((id) => names.get(id) ?? id).join(', ')}
                </Text>
              </Table.Td>
              <Table.Td>{t(`referralVocabulary.means.${consent.means}`)}</Table.Td>
              <Table.Td>{format.date(consent.givenOn)}</Table.Td>
              <Table.Td>
                <StatusBadge
                  tone={consent.withdrawnAt ? 'off' : 'ok'}
                  label={
                    consent.withdrawnAt
                      ? t('consents.withdrawn', { date: format.date(consent.withdrawnAt) })
                      : t('consents.active')
                  }
                  testId="consent-state"
                />
              </Table.Td>
              {onWithdraw ? (
                <Table.Td>
                  {consent.withdrawnAt ? null : (
                    <Button
                      variant="outline"
                      color="red.9"
                      size="compact-sm"
                      title={t('consents.withdrawFor', { date: format.date(consent.givenOn) })}
                      onClick={() => onWithdraw(consent)}
                    >
                      {t('consents.withdraw')}
                    </Button>
                  )}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
