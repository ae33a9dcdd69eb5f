import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../i18n/i18n.ts';
import { tableHeadingId } from '../statistics/report-contents.tsx';
import { useReport } from '../statistics/statistics-queries.ts';

/**
 * A statistic cited as evidence, named as the annual report names it ("Victims identified by
 * form of exploitation and age: labour") rather than by its catalogue key, and linked to its table.
 * The titles come from the report in the reader's language; without it (no right to the report,
 * or not loaded yet) the link says only that it is a table of the report.
 */
export function StatisticEvidence({ tableKey, row }: { tableKey: string; row: string | null }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  const report = useReport({ locale });
  const table = report.data?.tables.find((candidate) => candidate.key === tableKey);
  const rowLabel = row ? table?.rows.find((r) => r.code === row)?.label : undefined;
  const name = table
    ? [table.title, rowLabel].filter(Boolean).join(': ')
    : t('recommendations.statisticTable');
  return (
    <Anchor href={`/statistics#${tableHeadingId(tableKey)}`} size="sm" data-testid="statistic-evidence">
      {t('recommendations.statistic', { table: name })}
    </Anchor>
  );
}
