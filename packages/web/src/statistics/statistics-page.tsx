import { Alert, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, Report } from '../api/types.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { PageLoader } from '../common/page-loader.tsx';
import { can } from '../common/permissions.ts';
import { useAddressState } from '../common/use-address-state.ts';
import { usePageTitle } from '../common/use-page-title.ts';
import { useFormat } from '../i18n/format.ts';
import { isLocale } from '../i18n/i18n.ts';
import { useOrganisations } from '../organisations/organisation-queries.ts';
import {
  PreviousAsPublished,
  usePreviousAsPublished,
} from '../statistics-releases/previous-as-published.tsx';
import { ReleasesLink } from '../statistics-releases/releases-link.tsx';
import { DrillDownDrawer } from './drill-down-drawer.tsx';
import type { OpenedFigure } from './figure-cell.tsx';
import { ReportContents } from './report-contents.tsx';
import { ReportControls } from './report-controls.tsx';
import { ReportDownloads } from './report-downloads.tsx';
import { ReportNarrative } from './report-narrative.tsx';
import { ReportSection } from './report-section.tsx';
import { parseReportSelection, reportQuery, reportSelectionToParams } from './report-selection.ts';
import { useDatasets, useReport } from './statistics-queries.ts';
import { SuppressionLegend } from './suppression-legend.tsx';

export function StatisticsPage() {
  const { t } = useTranslation();
  usePageTitle(t('statistics.title'));
  return (
    <RequirePermission permission="statistics:read">
      <AnnualReport />
    </RequirePermission>
  );
}

/**
 * The annual report: the choice lives in the address bar, the report is asked for in the
 * interface language (titles, labels and the narrative come from the server in it), and the
 * files offered for download are the same report.
 */
function AnnualReport() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const [selection, update] = useAddressState(
    (params) => parseReportSelection(params, new Date()),
    reportSelectionToParams,
  );
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  const query = reportQuery(selection, locale);
  const previous = usePreviousAsPublished();
  const report = useReport(previous ? { ...query, previous: 'published' } : query);
  const datasets = useDatasets();
  const [figure, setFigure] = useState<OpenedFigure | null>(null);
  // Whose records is the server's call: a user it gives national figures may narrow them down;
  // one it gives their own organisation's figures (front-line roles) has nothing to choose.
  const mayChooseScope = selection.scope !== undefined || report.data?.scope.kind === 'national';
  const organisations = useOrganisations(mayChooseScope);
  const data = report.data;
  const scopeText = data ? describeScope(data, session.organisation, organisations.data ?? [], t) : '';
  const mayDrillDown =
    data?.view === 'internal' && data.source.kind === 'national' && can(session.permissions, 'person:read');
  // Counts only: a median or sum has records behind it only where a count does too.
  const noRecords =
    data?.tables
      .filter((table) => table.measure.kind === 'count')
      .every((table) =>
        table.current.rowTotals.every((cell) => !cell.suppressed && (cell.value ?? 0) === 0),
      ) === true;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('statistics.title')}</Title>
        <Text>{t('statistics.intro')}</Text>
      </Stack>
      <ReportControls
        value={selection}
        onChange={update}
        datasets={datasets.data ?? []}
        organisations={mayChooseScope ? (organisations.data ?? []) : null}
      />
      <ReportDownloads query={query} />
      <ReleasesLink />
      {report.isPending ? <PageLoader /> : null}
      <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      {data ? (
        <Stack gap="xl" aria-busy={report.isPlaceholderData} data-testid="report">
          <Group gap="lg">
            <Text data-testid="report-periods">
              {t('statistics.periods', { current: data.period.label, previous: data.previousPeriod.label })}
            </Text>
            <Text data-testid="report-scope-text">{scopeText}</Text>
            <Text size="sm" c="dimmed">
              {t('statistics.generatedAt', { time: format.dateTime(data.generatedAt) })}
            </Text>
            {data.readFrom?.replica ? (
              <Text size="sm" c="dimmed" data-testid="report-replica-lag">
                {t('statistics.readFromReplica', { seconds: Math.round(data.readFrom.lagSeconds ?? 0) })}
              </Text>
            ) : null}
            {report.isPlaceholderData ? <Loader size="xs" aria-label={t('app.loading')} /> : null}
          </Group>
          {data.view === 'published' ? <SuppressionLegend threshold={data.threshold} /> : null}
          <PreviousAsPublished report={data} />
          {noRecords ? (
            <Alert color="blue" data-testid="report-no-data">
              {t('reportContents.noDataYear', { period: data.period.label })}
            </Alert>
          ) : null}
          <ReportContents report={data} />
          <ReportNarrative paragraphs={data.narrative} />
          {data.tables.map((table) => (
            <ReportSection
              key={table.key}
              table={table}
              report={data}
              query={query}
              // Published figures are for reading out; finding records is for the internal view,
              // an imported dataset has no records of ours to open, and a role without access to
              // persons (the coordinator: aggregates only) would find none it may open.
              onOpen={mayDrillDown ? setFigure : undefined}
            />
          ))}
        </Stack>
      ) : null}
      <DrillDownDrawer figure={figure} query={query} onClose={() => setFigure(null)} />
    </Stack>
  );
}

/** Whose records and which source the figures are of, as the server applied them. */
function describeScope(
  report: Report,
  own: Pick<Organisation, 'id' | 'name'>,
  organisations: Organisation[],
  t: TFunction,
): string {
  const { scope, source } = report;
  const whose =
    scope.kind === 'national'
      ? t('statistics.scopeNational')
      : scope.kind === 'region'
        ? t('statistics.scopeRegion', { region: scope.region })
        : t('statistics.scopeOrganisation', {
            name:
              scope.organisationId === own.id
                ? own.name
                : (organisations.find((o) => o.id === scope.organisationId)?.name ?? ''),
          });
  return source.kind === 'ctdc'
    ? `${whose} · ${t('statistics.sourceDataset', { name: source.name })}`
    : whose;
}
