import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Report, ReportQuery, ReportTable as ReportTableData } from '../api/types.ts';
import type { OpenedFigure } from './figure-cell.tsx';
import { ReportChart } from './report-chart.tsx';
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
  const headingId = `table-${table.key.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId} data-testid="report-section">
      <Title order={2} size="h3" id={headingId}>
        {table.title}
      </Title>
      <details>
        <summary>{t('statistics.definition')}</summary>
        <Text size="sm" mt={4}>
          {table.definition}
        </Text>
      </details>
      <ReportTable table={table} report={report} onOpen={onOpen} />
      {drawable(table) ? <ReportChart table={table} report={report} /> : null}
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

/** A chart of nothing but zeros and hidden figures would only repeat the table's markers. */
function drawable(table: ReportTableData): boolean {
  return [...table.current.rowTotals, ...table.previous.rowTotals].some((cell) => (cell.value ?? 0) > 0);
}
