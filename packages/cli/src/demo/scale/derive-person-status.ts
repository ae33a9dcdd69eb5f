import { type DecidingBodyType, stateDecidingBodyTypes } from '@opennrm/core';

export interface ScreeningFact {
  outcome: 'presumed_victim' | 'not_presumed' | 'inconclusive';
  screenedAt: Date;
}

export interface DecisionFact {
  outcome: 'identified' | 'not_victim';
  bodyType: DecidingBodyType;
  decidedOn: string;
}

export interface PersonStatus {
  status: 'presumed' | 'identified' | 'not_victim';
  statusBodyType: DecidingBodyType | null;
  statusDecidedAt: Date | null;
  stateDecided: boolean;
  firstScreenedAt: Date | null;
  decisionDueAt: Date | null;
  /** The reporting dates migration 4's triggers keep. */
  presumedAt: Date | null;
  identifiedOn: string | null;
  firstDecidedOn: string | null;
  /** First decision by a state body (migration 13's trigger). */
  stateDecidedOn: string | null;
}

/**
 * What recordScreening and recordDecision leave on the person when the screenings and then the
 * decisions (each in recording order, all screenings before the first decision) go through the
 * app, and what the triggers of migration 4 compute: the generator writes it directly instead.
 */
export function derivePersonStatus(
  screenings: readonly ScreeningFact[],
  decisions: readonly DecisionFact[],
  /** The first-decision deadline of a positive screening (working days after it). */
  dueAfter: (screenedAt: Date) => Date,
): PersonStatus {
  const s: PersonStatus = {
    status: 'presumed',
    statusBodyType: null,
    statusDecidedAt: null,
    stateDecided: false,
    firstScreenedAt: null,
    decisionDueAt: null,
    presumedAt: null,
    identifiedOn: null,
    firstDecidedOn: null,
    stateDecidedOn: null,
  };
  for (const screening of screenings) {
    if (screening.outcome === 'presumed_victim') {
      if (s.decisionDueAt === null && !s.stateDecided) {
        s.firstScreenedAt ??= screening.screenedAt;
        s.decisionDueAt = dueAfter(screening.screenedAt);
      }
      if (s.presumedAt === null || screening.screenedAt < s.presumedAt) s.presumedAt = screening.screenedAt;
    } else {
      s.firstScreenedAt ??= screening.screenedAt;
    }
  }
  for (const decision of decisions) {
    s.status = decision.outcome;
    s.statusBodyType = decision.bodyType;
    s.statusDecidedAt = new Date(`${decision.decidedOn}T00:00:00Z`);
    if (stateDecidingBodyTypes.includes(decision.bodyType)) {
      s.stateDecided = true;
      if (s.stateDecidedOn === null || decision.decidedOn < s.stateDecidedOn)
        s.stateDecidedOn = decision.decidedOn;
    }
    if (s.firstDecidedOn === null || decision.decidedOn < s.firstDecidedOn)
      s.firstDecidedOn = decision.decidedOn;
    if (decision.outcome === 'identified' && (s.identifiedOn === null || decision.decidedOn < s.identifiedOn))
      s.identifiedOn = decision.decidedOn;
  }
  return s;
}
