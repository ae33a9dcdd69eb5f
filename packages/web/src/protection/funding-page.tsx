import { NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../auth/require-permission.tsx';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { can } from '../common/permissions.ts';
import { TableScroll } from '../common/table-scroll.tsx';
import { usePageTitle } from '../common/use-page-title.ts';
import { useFormat } from '../i18n/format.ts';
import { useOrganisations } from '../organisations/organisation-queries.ts';
import { FundingForms } from './funding-forms.tsx';
import { useFunding } from './protection-queries.ts';

export function FundingPage() {
  return (
    <RequirePermission permission="funding:read">
      <Funding />
    </RequirePermission>
  );
}

const thisYear = new Date().getFullYear();
const years = Array.from({ length: thisYear - 2009 }, (_, i) => String(thisYear - i));

/** A year's money for victim assistance: how much, from where, to whom (and how much to NGOs). */
function Funding() {
  const { t } = useTranslation();
  const format = useFormat();
  usePageTitle(t('funding.title'));
  const [year, setYear] = useState(String(thisYear));
  const funding = useFunding(Number(year));
  const organisations = useOrganisations();
  const { permissions } = useSession();
  const nameOf = (id: string) => organisations.data?.find((o) => o.id === id)?.name ?? '';
  const data = funding.data;
  const total = data?.allocations.reduce((s, a) => s + a.amount, 0) ?? 0;
  const toNgos =
    data?.allocations.filter((a) => a.recipientType === 'ngo').reduce((s, a) => s + a.amount, 0) ?? 0;
  const disbursed = (id: string) =>
    data?.disbursements.filter((d) => d.allocationId === id).reduce((s, d) => s + d.amount, 0) ?? 0;
  return (
    <Stack>
      <Title order={1}>{t('funding.title')}</Title>
      <Text>{t('funding.intro')}</Text>
      <NativeSelect
        label={t('funding.year')}
        w={160}
        value={year}
        onChange={(e) => setYear(e.currentTarget.value)}
        data={years}
      />
      {funding.isPending ? <PageLoader /> : null}
      <ErrorAlert error={funding.error} />
      {data && data.lines.length === 0 ? <Text>{t('funding.none')}</Text> : null}
      {data && data.lines.length > 0 ? (
        <>
          <Text data-testid="funding-to-ngos">
            {t('funding.toNgos', { amount: format.number(toNgos), total: format.number(total) })}
          </Text>
          <Title order={2} size="h3">
            {t('funding.lines')}
          </Title>
          <TableScroll label={t('funding.linesCaption')}>
            <Table striped data-testid="funding-lines">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('funding.name')}</Table.Th>
                  <Table.Th scope="col">{t('funding.source')}</Table.Th>
                  <Table.Th scope="col">{t('funding.amount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.lines.map((l) => (
                  <Table.Tr key={l.id}>
                    <Table.Th scope="row">{l.name}</Table.Th>
                    <Table.Td>{t(`protectionVocabulary.fundingSources.${l.source}`)}</Table.Td>
                    <Table.Td>
                      {format.number(l.amount)} {l.currency}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Title order={2} size="h3">
            {t('funding.allocations')}
          </Title>
          <TableScroll label={t('funding.allocationsCaption')}>
            <Table striped data-testid="funding-allocations">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('funding.recipient')}</Table.Th>
                  <Table.Th scope="col">{t('funding.recipientType')}</Table.Th>
                  <Table.Th scope="col">{t('funding.allocatedOn')}</Table.Th>
                  <Table.Th scope="col">{t('funding.amount')}</Table.Th>
                  <Table.Th scope="col">{t('funding.disbursed')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.allocations.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Th scope="row">{nameOf(a.recipientOrganisationId)}</Table.Th>
                    <Table.Td>{t(`protectionVocabulary.operatorTypes.${a.recipientType}`)}</Table.Td>
                    <Table.Td>{format.date(a.allocatedOn)}</Table.Td>
                    <Table.Td>
                      {format.number(a.amount)} {a.currency}
                    </Table.Td>
                    <Table.Td>{format.number(disbursed(a.id))}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </>
      ) : null}
      {can(permissions, 'funding:create') ? <FundingForms year={Number(year)} data={data} /> : null}
    </Stack>
  );
}
