import { isApiError } from '../api/api-error.ts';
import type { PossibleDuplicate } from '../api/types.ts';

/**
 * The holders named by a 409 "possible duplicate" answer to POST /api/persons, or null for any
 * other error. Only organisations are named, never the matching person: the user must contact
 * the holder, and may then confirm the new record.
 */
export function possibleDuplicatesOf(error: unknown): PossibleDuplicate[] | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const details = error.details as { reason?: unknown; possibleDuplicates?: unknown } | null | undefined;
  if (details?.reason !== 'possible_duplicate' || !Array.isArray(details.possibleDuplicates)) return null;
  return details.possibleDuplicates.filter(
    (d): d is PossibleDuplicate =>
      typeof d === 'object' && d !== null && typeof (d as PossibleDuplicate).organisationName === 'string',
  );
}

/** "A, B and C" in the reader's language, each organisation named once. */
export function holderNames(duplicates: readonly PossibleDuplicate[], intlLocale: string): string {
  const names = [...new Set(duplicates.map((d) => d.organisationName))];
  return new Intl.ListFormat(intlLocale, { type: 'conjunction' }).format(names);
}
