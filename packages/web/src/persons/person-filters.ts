import { ageBands, exploitationForms, genders, identificationStatuses, type QueryOf } from '../api/types.ts';

/**
 * The persons list's filters as they live in the address bar. The URL is typed by hand, shared
 * and kept in bookmarks, so every value is checked against its vocabulary here: an outdated or
 * mistyped link shows an unfiltered list instead of a 400 from the server.
 */
export interface PersonFilters {
  status?: (typeof identificationStatuses)[number];
  gender?: (typeof genders)[number];
  child?: 'true' | 'false';
  ageBand?: (typeof ageBands)[number];
  citizenship?: string;
  form?: (typeof exploitationForms)[number];
  organisationId?: string;
  overdue?: 'true';
  ngoOnly?: 'true';
  code?: string;
  /** 1-based; page 1 is left out of the URL. */
  page: number;
}

export const personsPageSize = 50;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function parsePersonFilters(params: URLSearchParams): PersonFilters {
  const citizenship = params.get('citizenship')?.toUpperCase();
  const organisationId = params.get('organisationId') ?? '';
  const code = params.get('code')?.trim().slice(0, 40);
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    status: oneOf(params.get('status'), identificationStatuses),
    gender: oneOf(params.get('gender'), genders),
    child: oneOf(params.get('child'), ['true', 'false'] as const),
    ageBand: oneOf(params.get('ageBand'), ageBands),
    citizenship: citizenship && /^[A-Z]{2}$/.test(citizenship) ? citizenship : undefined,
    form: oneOf(params.get('form'), exploitationForms),
    organisationId: uuidPattern.test(organisationId) ? organisationId : undefined,
    overdue: oneOf(params.get('overdue'), ['true'] as const),
    ngoOnly: oneOf(params.get('ngoOnly'), ['true'] as const),
    code: code || undefined,
    page: Number.isFinite(page) && page > 1 ? Math.min(page, 20_000) : 1,
  };
}

/** The URL form: only what is set, so a plain list has a plain address. */
export function personFiltersToParams(filters: PersonFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (key === 'page') continue;
    if (typeof value === 'string' && value !== '') params.set(key, value);
  }
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** The query of GET /api/persons for these filters. */
export function personListQuery(filters: PersonFilters): QueryOf<'/api/persons'> {
  const { page, ...rest } = filters;
  return { ...rest, limit: personsPageSize, offset: (page - 1) * personsPageSize };
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / personsPageSize));
}
