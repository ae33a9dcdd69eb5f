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
  /** Reflection periods the user's organisation granted, ending within a week (the home page's count). */
  reflectionEnding?: 'true';
  code?: string;
  /** The column order; newest first (left out of the URL) by default. */
  sort?: PersonSort;
}

export const personSorts = ['newest', 'oldest', 'code_asc', 'code_desc'] as const;
export type PersonSort = (typeof personSorts)[number];

export const personsPageSize = 50;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function parsePersonFilters(params: URLSearchParams): PersonFilters {
  const citizenship = params.get('citizenship')?.toUpperCase();
  const organisationId = params.get('organisationId') ?? '';
  const code = params.get('code')?.trim().slice(0, 40);
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
    reflectionEnding: oneOf(params.get('reflectionEnding'), ['true'] as const),
    code: code || undefined,
    sort: oneOf(params.get('sort'), personSorts.slice(1)),
  };
}

/** The URL form: only what is set, so a plain list has a plain address. */
export function personFiltersToParams(filters: PersonFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (key === 'sort' && value === 'newest') continue;
    if (typeof value === 'string' && value !== '') params.set(key, value);
  }
  return params;
}

/** The query of GET /api/persons for these filters (the cursor is added page by page). */
export function personListQuery(filters: PersonFilters): QueryOf<'/api/persons'> {
  return { ...filters, limit: personsPageSize };
}
