import { Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Report, ReportQuery, ReportTable as ReportTableData } from '../api/types.ts';
import type { OpenedFigure } from './figure-cell.tsx';
import { ReportChart } from './report-chart.tsx';
import { contentsId, tableHeadingId } from './report-contents.tsx';
import { ReportTable } from './report-table.tsx';
import { tableCsvUrl } from './statistics-queries.ts';

interface ReportSectionProps {
  table: ReportTableData;
  report: Report;
  query: ReportQuery;
  onOpen?: (figure: OpenedFigure) => void;
}

/** One table of the report: its title, what it counts (folded away), the figures and a chart. */
export function ReportSection({ table, report, query, onOpen }: ReportSectionProps) {
  const { t } = useTranslation();
  const headingId = tableHeadingId(table.key);
  // A table whose columns are not added up (currencies) has no row totals: its columns' say it.
  const empty = [table.current, table.previous].every(
    (figures) => isEmpty(figures.rowTotals) && isEmpty(figures.columnTotals),
  );
  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId} data-testid="report-section">
      <Title order={2} size="h3" id={headingId} style={{ scrollMarginTop: 80 }}>
        {table.title}
      </Title>
      <details>
        <summary>{t('statistics.definition')}</summary>
        <Text size="sm" mt={4}>
          {table.definition}
        </Text>
      </details>
      {empty ? (
        // Two years of zeros say nothing a sentence cannot.
        <Text data-testid="report-section-empty">
          {t('reportContents.noDataTable', {
            current: report.period.label,
            previous: report.previousPeriod.label,
          })}
        </Text>
      ) : (
        // The chart beside its table on a wide screen, below it on a narrow one.
        <SimpleGrid cols={{ base: 1, lg: drawable(table) ? 2 : 1 }} spacing="lg">
          <ReportTable table={table} report={report} onOpen={onOpen} />
          {drawable(table) ? <ReportChart table={table} report={report} /> : null}
        </SimpleGrid>
      )}
      <Anchor href={`#${contentsId}`} size="sm">
        {t('reportContents.backToContents')}
      </Anchor>
      <Anchor
        href={tableCsvUrl(table.key, query)}
        download
        size="sm"
        aria-label={t('statistics.downloadCsvFor', { title: table.title })}
        data-testid="download-csv"
      >
        {t('statistics.downloadCsv')}
      </Anchor>
    </Stack>
  );
}

/** No record stands behind any figure: every total is zero (or a median over nothing). */
function isEmpty(totals: ReportTableData['current']['rowTotals']): boolean {
  return totals.every((cell) => !cell.suppressed && (cell.value ?? 0) === 0);
}

/**
 * A chart of nothing but zeros and hidden figures would only repeat the table's markers (nor is
 * one drawn of a table without row totals).
 */
function drawable(table: ReportTableData): boolean {
  return [...table.current.rowTotals, ...table.previous.rowTotals].some((cell) => (cell.value ?? 0) > 0);
}
