import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { api, buildUrl, unwrap } from '../api/client.ts';
import type { DrillDownQuery, ReportQuery } from '../api/types.ts';

const statisticsKey = ['statistics'] as const;

export function useReport(query: ReportQuery) {
  return useQuery({
    queryKey: [...statisticsKey, 'report', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/statistics/report', { params: { query }, signal })),
    // The last report stays on screen while the next one is computed, instead of a blank page.
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Imported CTDC datasets; none (or no right to list them) means only national records. */
export function useDatasets() {
  return useQuery({
    queryKey: [...statisticsKey, 'datasets'],
    queryFn: () => unwrap(api.GET('/api/statistics/datasets')).then((r) => r.datasets),
    retry: false,
  });
}

/** The records behind one figure; asked for only when a figure is opened. */
export function useDrillDown(query: DrillDownQuery | null) {
  return useQuery({
    queryKey: [...statisticsKey, 'records', query],
    queryFn: query
      ? ({ signal }) => unwrap(api.GET('/api/statistics/records', { params: { query }, signal }))
      : skipToken,
  });
}

/** Files are plain links: the browser downloads them with the session cookie, no script needed. */
export function reportFileUrl(kind: 'xlsx' | 'pdf', query: ReportQuery): string {
  return buildUrl(`/api/statistics/report.${kind}`, query);
}

export function tableCsvUrl(table: string, query: ReportQuery): string {
  return buildUrl(`/api/statistics/report/tables/${encodeURIComponent(table)}`, query);
}
