import { isApiError } from '../api/api-error.ts';
import type { PersonCreateInput, PossibleDuplicate } from '../api/types.ts';

/**
 * The matches of a 409 "possible duplicate" answer to POST /api/persons, or null for any other
 * error. Another organisation's match is never named (the check must not locate victims): it
 * comes only as `holder: 'elsewhere'`.
 */
export function possibleDuplicatesOf(error: unknown): PossibleDuplicate[] | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const details = error.details as { reason?: unknown; possibleDuplicates?: unknown } | null | undefined;
  if (details?.reason !== 'possible_duplicate' || !Array.isArray(details.possibleDuplicates)) return null;
  return details.possibleDuplicates.filter(isPossibleDuplicate);
}

function isPossibleDuplicate(value: unknown): value is PossibleDuplicate {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Partial<PossibleDuplicate>;
  if (d.holder === 'elsewhere') return true;
  return d.holder === 'yours' && typeof d.personId === 'string' && typeof d.code === 'string';
}

export interface DuplicateSummary {
  /** Records the user's organisation can open: each once, by code. */
  yours: { personId: string; code: string }[];
  /** Another organisation holds a match; who, the user may not learn. */
  elsewhere: boolean;
}

export function summariseDuplicates(duplicates: readonly PossibleDuplicate[]): DuplicateSummary {
  const yours = new Map<string, string>();
  for (const d of duplicates) {
    if (d.holder === 'yours' && d.personId && d.code) yours.set(d.personId, d.code);
  }
  return {
    yours: [...yours].map(([personId, code]) => ({ personId, code })),
    elsewhere: duplicates.some((d) => d.holder === 'elsewhere'),
  };
}

export interface DuplicateProbe {
  name: string;
  birthDate?: string | null;
  birthYear?: number | null;
}

/**
 * Which probes the server cannot tell apart: the same birth date (or year) and the name folded
 * as the server folds it before hashing, so equal keys never hide a different answer.
 */
export function probeKey(probe: DuplicateProbe): string {
  const folded = probe.name.replace(/\s+/g, ' ').trim().normalize('NFKC').toUpperCase().toLowerCase();
  return `${probe.birthDate ?? probe.birthYear ?? ''}|${folded}`;
}

/**
 * The early check's probe for what is typed, or null while it is not worth asking. Every check
 * counts against an hourly limit and is audited, so spacing and case-insensitive repeats of the
 * same name must not cost another one: `key` is what the form compares to skip a repeat.
 */
export function earlyProbe(name: string, birthDate: string): { probe: DuplicateProbe; key: string } | null {
  const cleaned = name.replace(/\s+/g, ' ').trim();
  // A single letter matches nobody worth warning about; a full date is what makes a match likely.
  if ([...cleaned].length < 2 || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return null;
  const probe = { name: cleaned, birthDate };
  return { probe, key: probeKey(probe) };
}

/** What the server checked when it refused a new record: its name, birth date and year. */
export function refusedProbeOf(input: PersonCreateInput): DuplicateProbe | null {
  const { identity } = input;
  const name = [identity?.givenNames, identity?.otherNames, identity?.familyName]
    .filter(Boolean)
    .join(' ')
    .trim();
  if (!name) return null;
  return { name, birthDate: identity?.birthDate ?? null, birthYear: input.birthYear ?? null };
}
