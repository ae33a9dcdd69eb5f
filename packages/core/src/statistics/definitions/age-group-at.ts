/**
 * Child or adult at the date of the event a figure counts (the identification decision for
 * victims identified, the screening for persons screened and presumed, the deadline for
 * decisions due): the one definition the report's SQL (db/src/statistics/person-dimensions.ts)
 * and the person page follow.
 */

export type AgeGroup = 'child' | 'adult' | 'unknown';

export interface AgeFacts {
  /** YYYY-MM-DD; sealed identity, so only callers that opened it pass it (the report cannot). */
  birthDate?: string | null | undefined;
  birthYear: number | null;
  /** Recorded by the caseworker: child at identification (true), adult (false), not recorded (null). */
  childAtIdentification: boolean | null;
  /** Date of the first "identified" decision, YYYY-MM-DD, if any. */
  identifiedOn: string | null;
}

/**
 * The day a person born on `birthDate` turns 18. Someone born on 29 February turns 18 on
 * 1 March of a common year (the day after 28 February), as most legislation counts it.
 */
export function eighteenthBirthday(birthDate: string): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year + 18, month - 1, day));
  return date.toISOString().slice(0, 10);
}

/**
 * `on` is the event's date (YYYY-MM-DD, in the country's time zone); `event` says whether it is
 * the identification. In this order:
 * 1. for the identification, the recorded "child at identification" answer is authoritative;
 * 2. the birth date: a child before the 18th birthday, an adult from it;
 * 3. the birth year: a child when surely under 18 on that day (in a year before the one of the
 *    18th birthday: born 1998 is a child throughout 2015), an adult when surely 18 (from
 *    31 December of that year), else unknown;
 * 4. the recorded answer for an event around the identification: a child at identification was
 *    a child before it, an adult at identification stays one after it;
 * 5. unknown.
 */
export function ageGroupAt(facts: AgeFacts, on: string, event: 'identification' | 'other'): AgeGroup {
  const flag = facts.childAtIdentification;
  if (event === 'identification' && flag !== null) return flag ? 'child' : 'adult';
  if (facts.birthDate) return on < eighteenthBirthday(facts.birthDate) ? 'child' : 'adult';
  if (facts.birthYear !== null) {
    const year = Number(on.slice(0, 4));
    if (year <= facts.birthYear + 17) return 'child';
    if (on >= `${facts.birthYear + 18}-12-31`) return 'adult';
  }
  if (flag !== null && facts.identifiedOn !== null) {
    if (flag && on <= facts.identifiedOn) return 'child';
    if (!flag && on >= facts.identifiedOn) return 'adult';
  }
  return 'unknown';
}
