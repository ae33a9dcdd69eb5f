import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/generated/openapi.d.ts';
import { TableScroll } from '../common/table-scroll.tsx';

type ImportReport = components['schemas']['HistoricImportReport'];

/** What the dry run (or the run) found: counts per sheet, then every error where it is. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const created =
    report.outcome === 'imported' ? t('historicImport.created') : t('historicImport.wouldCreate');
  return (
    <>
      <TableScroll label={t('historicImport.countsCaption')}>
        <Table striped verticalSpacing="xs" data-testid="import-counts">
          <Table.Caption>{t('historicImport.countsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('historicImport.sheet')}</Table.Th>
              <Table.Th scope="col">{created}</Table.Th>
              <Table.Th scope="col">{t('historicImport.unchanged')}</Table.Th>
              <Table.Th scope="col">{t('historicImport.rejected')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {Object.entries(report.counts).map(([sheet, c]) => (
              <Table.Tr key={sheet}>
                <Table.Th scope="row">{sheet}</Table.Th>
                <Table.Td>{c.created}</Table.Td>
                <Table.Td>{c.unchanged}</Table.Td>
                <Table.Td>{c.rejected}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {report.errors.length > 0 ? (
        <>
          <Title order={2} size="h3">
            {t('historicImport.errorsTitle', { total: String(report.errors.length) })}
          </Title>
          <TableScroll label={t('historicImport.errorsCaption')}>
            <Table striped verticalSpacing="xs" data-testid="import-errors">
              <Table.Caption>{t('historicImport.errorsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('historicImport.sheet')}</Table.Th>
                  <Table.Th scope="col">{t('historicImport.row')}</Table.Th>
                  <Table.Th scope="col">{t('historicImport.column')}</Table.Th>
                  <Table.Th scope="col">{t('historicImport.message')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.errors.map((e, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: errors have no id and never reorder
                  <Table.Tr key={i} data-testid="import-error-row">
                    <Table.Td>{e.sheet}</Table.Td>
                    <Table.Td>{e.row ?? '—'}</Table.Td>
                    <Table.Td>{e.column ?? '—'}</Table.Td>
                    <Table.Td>{e.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </>
      ) : (
        <Text>{t('historicImport.noErrors')}</Text>
      )}
      {report.notices.length > 0 && (
        <>
          <Title order={2} size="h3">
            {t('historicImport.noticesTitle', { total: String(report.notices.length) })}
          </Title>
          <TableScroll label={t('historicImport.noticesCaption')}>
            <Table striped verticalSpacing="xs" data-testid="import-notices">
              <Table.Caption>{t('historicImport.noticesCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('historicImport.sheet')}</Table.Th>
                  <Table.Th scope="col">{t('historicImport.row')}</Table.Th>
                  <Table.Th scope="col">{t('historicImport.column')}</Table.Th>
                  <Table.Th scope="col">{t('historicImport.message')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.notices.map((e, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: notices have no id and never reorder
                  <Table.Tr key={i}>
                    <Table.Td>{e.sheet}</Table.Td>
                    <Table.Td>{e.row ?? '—'}</Table.Td>
                    <Table.Td>{e.column ?? '—'}</Table.Td>
                    <Table.Td>{e.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </>
      )}
    </>
  );
}
