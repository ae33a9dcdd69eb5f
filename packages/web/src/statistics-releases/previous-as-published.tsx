import { Paper, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ResponseOf } from '../api/types.ts';
import { useSession } from '../auth/session.ts';
import { can } from '../common/permissions.ts';
import { useFormat } from '../i18n/format.ts';
import { ReleaseChangesTable, type RevisionRow } from './release-changes-table.tsx';

type ReportWithPrevious = ResponseOf<'/api/statistics/report', 'get'>;

/** Whether the report page asks for the previous year as published (?previous=published). */
export function usePreviousAsPublished(): boolean {
  const [params] = useSearchParams();
  return params.get('previous') === 'published';
}

/** Revisions named with the report's own row and column labels (a code where a label is gone). */
function labelled(report: ReportWithPrevious, total: string): RevisionRow[] {
  return (report.previousAsPublished?.revisions ?? []).map((r) => {
    const table = report.tables.find((x) => x.key === r.table);
    const name = (list: { code: string; label: string }[] | undefined, code: string | null) =>
      code === null ? total : (list?.find((x) => x.code === code)?.label ?? code);
    return {
      ...r,
      table: table?.title ?? r.table,
      row: name(table?.rows, r.row),
      column: name(table?.columns, r.column),
    };
  });
}

/**
 * On the national published report: the previous year's column as it was last released instead
 * of as the records stand now, and the figures revised since that release.
 */
export function PreviousAsPublished({ report }: { report: ReportWithPrevious }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { permissions } = useSession();
  const [params, setParams] = useSearchParams();
  const selected = params.get('previous') === 'published';
  if (!can(permissions, 'statistics_release:read')) return null;
  if (report.view !== 'published' || report.scope.kind !== 'national') return null;
  const toggle = (on: boolean) => {
    const next = new URLSearchParams(params);
    if (on) next.set('previous', 'published');
    else next.delete('previous');
    setParams(next);
  };
  const release = report.previousAsPublished?.release;
  return (
    <Paper withBorder p="sm" data-testid="previous-as-published">
      <Stack gap="sm">
        <Switch
          label={t('releases.previousAsPublished', { period: report.previousPeriod.label })}
          checked={selected}
          onChange={(e) => toggle(e.currentTarget.checked)}
        />
        {selected && report.previousAsPublished && !release ? (
          <Text>{t('releases.previousNotReleased', { period: report.previousPeriod.label })}</Text>
        ) : null}
        {selected && release ? (
          <>
            <Text>
              {t('releases.previousFromRelease', {
                period: report.previousPeriod.label,
                number: release.number,
                time: format.dateTime(release.publishedAt),
              })}
            </Text>
            <ReleaseChangesTable
              testId="previous-revisions"
              caption={t('releases.revisionsCaption', {
                period: report.previousPeriod.label,
                number: release.number,
              })}
              periods={{ current: report.period.label, previous: report.previousPeriod.label }}
              revisions={labelled(report, t('statistics.total'))}
            />
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
