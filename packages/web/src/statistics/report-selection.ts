import type { ReportQuery, ReportView } from '../api/types.ts';

/**
 * Which report the page shows, as it lives in the address bar (shareable, Back-safe). Links are
 * typed by hand and kept in bookmarks, so every value is checked here: a stale link shows the
 * default report instead of a 422 from the server.
 */
export interface ReportSelection {
  year: number;
  view: ReportView;
  /** An imported CTDC dataset; absent = the national records. */
  dataset?: string;
  /** Absent = whatever the server gives this user by default (national, or their organisation). */
  scope?: { kind: 'national' } | { kind: 'region'; region: string } | { kind: 'organisation'; id: string };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Oldest year the year picker offers; the contract accepts 1990 onwards. */
export const yearsOffered = 15;

/** The last calendar year that has ended: what an annual report is about. */
export function lastFullYear(now: Date): number {
  return now.getFullYear() - 1;
}

/** Newest first: the current (incomplete) year, then the full years before it. */
export function selectableYears(now: Date): number[] {
  const current = now.getFullYear();
  return Array.from({ length: yearsOffered + 1 }, (_, i) => current - i);
}

export function parseReportSelection(params: URLSearchParams, now: Date): ReportSelection {
  const year = Number(params.get('year'));
  const years = selectableYears(now);
  const dataset = params.get('dataset') ?? '';
  const organisationId = params.get('organisationId') ?? '';
  const region = (params.get('region') ?? '').trim().slice(0, 100);
  const scope = params.get('scope');
  return {
    year: years.includes(year) ? year : lastFullYear(now),
    view: params.get('view') === 'published' ? 'published' : 'internal',
    dataset: uuidPattern.test(dataset) ? dataset : undefined,
    scope:
      scope === 'national'
        ? { kind: 'national' }
        : scope === 'region' && region
          ? { kind: 'region', region }
          : scope === 'organisation' && uuidPattern.test(organisationId)
            ? { kind: 'organisation', id: organisationId }
            : undefined,
  };
}

/** The address-bar form: year and view always (the default year moves every January), the rest when set. */
export function reportSelectionToParams(selection: ReportSelection): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(reportQuery(selection))) {
    if (value !== undefined && key !== 'locale') params.set(key, String(value));
  }
  return params;
}

/** The API's query for this selection, in the interface language (titles, narrative, files). */
export function reportQuery(selection: ReportSelection, locale?: ReportQuery['locale']): ReportQuery {
  const { scope } = selection;
  return {
    year: selection.year,
    view: selection.view,
    dataset: selection.dataset,
    scope: scope?.kind,
    region: scope?.kind === 'region' ? scope.region : undefined,
    organisationId: scope?.kind === 'organisation' ? scope.id : undefined,
    locale,
  };
}
