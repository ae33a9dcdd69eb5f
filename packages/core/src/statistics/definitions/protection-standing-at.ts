import type { CooperationStatus } from '../../protection/protection-vocabulary.ts';

/**
 * Where a person stood at the end of the period a protection figure counts (`end` is the first
 * day after it, YYYY-MM-DD), so that a 2014 report says what was true on 31 December 2014:
 * identified (by a state body, or by NGOs only, GRETA's and the TIP report's distinction),
 * decided not to be a victim, or still presumed. The report's SQL mirrors this
 * (db/src/statistics/protection-facts.ts) and a test holds it to this function.
 */
export function victimStandingAt(
  person: {
    identifiedOn: string | null;
    stateDecidedOn: string | null;
    firstDecidedOn: string | null;
    status: string;
  },
  end: string,
): 'identified_by_state' | 'identified_by_ngo_only' | 'presumed' | 'not_victim' {
  if (person.identifiedOn !== null && person.identifiedOn < end)
    return person.stateDecidedOn !== null && person.stateDecidedOn < end
      ? 'identified_by_state'
      : 'identified_by_ngo_only';
  if (person.status === 'not_victim' && person.firstDecidedOn !== null && person.firstDecidedOn < end)
    return 'not_victim';
  return 'presumed';
}

/**
 * The person's latest recorded choice about cooperating with law enforcement on a day before
 * `end` (the latest day wins; on the same day, the latest recorded), or `not_recorded`.
 */
export function cooperationAt(
  records: readonly { status: CooperationStatus; asOf: string; recordedAt: Date }[],
  end: string,
): CooperationStatus | 'not_recorded' {
  const before = records
    .filter((r) => r.asOf < end)
    .sort((a, b) => b.asOf.localeCompare(a.asOf) || b.recordedAt.getTime() - a.recordedAt.getTime());
  return before[0]?.status ?? 'not_recorded';
}
