import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../common/table-scroll.tsx';
import { useFormat } from '../i18n/format.ts';
import { publishedFigureText } from './published-figure-text.ts';
import type { PublishedFigure } from './release-queries.ts';

export interface RevisionRow {
  table: string;
  row: string;
  column: string;
  period: 'current' | 'previous';
  before: PublishedFigure;
  after: PublishedFigure;
}

/**
 * The cells that changed between two published versions. A cell hidden in either version says
 * "not shown" on that side: the list never tells what the suppression hid.
 */
export function ReleaseChangesTable({
  caption,
  revisions,
  periods,
  testId,
}: {
  caption: string;
  revisions: RevisionRow[];
  periods: { current: string; previous: string };
  testId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (revisions.length === 0) return <Text data-testid={testId}>{t('releases.noChanges')}</Text>;
  return (
    <TableScroll label={caption}>
      <Table striped withTableBorder data-testid={testId}>
        <caption>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('releases.table')}</Table.Th>
            <Table.Th scope="col">{t('releases.row')}</Table.Th>
            <Table.Th scope="col">{t('releases.column')}</Table.Th>
            <Table.Th scope="col">{t('releases.period')}</Table.Th>
            <Table.Th scope="col">{t('releases.before')}</Table.Th>
            <Table.Th scope="col">{t('releases.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {revisions.map((r) => (
            <Table.Tr key={`${r.table}|${r.period}|${r.row}|${r.column}`}>
              <Table.Td>{r.table}</Table.Td>
              <Table.Td>{r.row}</Table.Td>
              <Table.Td>{r.column}</Table.Td>
              <Table.Td>{periods[r.period]}</Table.Td>
              <Table.Td>{publishedFigureText(r.before, t, format.number)}</Table.Td>
              <Table.Td>{publishedFigureText(r.after, t, format.number)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
