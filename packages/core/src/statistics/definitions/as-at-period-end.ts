import type { DecidingBodyType } from '../../identification/identification-vocabulary.ts';
import { stateDecidingBodyTypes } from '../../identification/identification-vocabulary.ts';

/**
 * Consent and "identified by the state" as they stood at the end of the period a figure counts,
 * not as they are today: a report of 2014 says what was true on 31 December 2014 (or at the end
 * of whatever reporting period), so a consent withdrawn in 2016 or a police decision of 2015
 * does not change it. The report's SQL follows these (db/src/statistics/person-dimensions.ts).
 */

/**
 * `end` is the period's first day after it (YYYY-MM-DD) and `endsAt` the instant that day begins
 * in the country's time zone. A consent given before that day and not withdrawn before that
 * instant is on record.
 */
export function consentAt(
  consents: readonly { givenOn: string; withdrawnAt: Date | null }[],
  end: string,
  endsAt: Date,
): 'recorded' | 'none' {
  const held = consents.some(
    (c) => c.givenOn < end && (c.withdrawnAt === null || c.withdrawnAt.getTime() >= endsAt.getTime()),
  );
  return held ? 'recorded' : 'none';
}

/** The day the first decision by a state body was taken (null: none yet). */
export function stateDecidedOn(
  decisions: readonly { decidingBodyType: DecidingBodyType; decidedOn: string }[],
): string | null {
  const days = decisions
    .filter((d) => stateDecidingBodyTypes.includes(d.decidingBodyType))
    .map((d) => d.decidedOn)
    .sort();
  return days[0] ?? null;
}

/** State when a state body had decided on the person before the period ended; else NGO only. */
export function identifyingBodyAt(firstStateDecision: string | null, end: string): 'state' | 'ngo' {
  return firstStateDecision !== null && firstStateDecision < end ? 'state' : 'ngo';
}
