import type { Actor } from '../auth/actor.ts';
import { type CaseRecordAction, caseRecordActions } from '../prosecution/prosecution-vocabulary.ts';
import { forbidden, notFound } from '../support/errors.ts';
import { scopeFor } from './authorize.ts';
import type { Action, Resource } from './permissions.ts';

/** What the policy needs to know about one criminal case to decide on it. */
export interface CaseParties {
  organisationId: string;
  prosecutorOrganisationId: string | null;
  prosecutorUserId: string | null;
  /** Flagged as involving a public official, or with a defendant who is one. */
  complicity: boolean;
}

/**
 * How an actor stands to a case. An actor may stand in several ways at once; it may then do
 * what any of them allows.
 * - owner: a member of the organisation that opened the case;
 * - prosecution: a member of the assigned prosecutor's organisation;
 * - assigned_prosecutor: the prosecutor assigned to the case (a user, not an organisation);
 * - integrity: a member of the designated integrity unit (the `criminal_case_complicity` grant);
 * - historic_import: a historic import acting for the organisation that opened the case. It
 *   loads a past complicity case's defendants, stages and payments through the use cases (the
 *   opening body itself may no longer touch it). It reaches only the records its own rows
 *   created (a row names a case by the file's source id, never by ours), answers no request,
 *   and never reveals a name nor lifts the flag.
 */
export const caseParties = [
  'owner',
  'prosecution',
  'assigned_prosecutor',
  'integrity',
  'historic_import',
] as const;
export type CaseParty = (typeof caseParties)[number];

type Reach = { ordinary: boolean; complicity: boolean };
const both: Reach = { ordinary: true, complicity: false };
const compartment: Reach = { ordinary: false, complicity: true };
const everywhere: Reach = { ordinary: true, complicity: true };
const never: Reach = { ordinary: false, complicity: false };

/**
 * THE case table: which party may do what, on an ordinary case and on a complicity case. A case
 * involving a public official is the integrity unit's and the assigned prosecutor's only: the
 * opening unit's ordinary investigators (who may work beside the official) and the rest of the
 * prosecutor's office lose it, in lists and by id alike (404). Only the integrity unit lifts the
 * flag, since lifting it hands the case back to them. Every read of a case is audited.
 */
export const caseAccessTable: Readonly<Record<CaseRecordAction, Readonly<Record<CaseParty, Reach>>>> = {
  read: {
    owner: both,
    prosecution: both,
    assigned_prosecutor: everywhere,
    integrity: compartment,
    historic_import: everywhere,
  },
  update: {
    owner: both,
    prosecution: both,
    assigned_prosecutor: everywhere,
    integrity: compartment,
    historic_import: everywhere,
  },
  record_stage: {
    owner: both,
    prosecution: both,
    assigned_prosecutor: everywhere,
    integrity: compartment,
    historic_import: everywhere,
  },
  reveal_identity: {
    owner: both,
    prosecution: both,
    assigned_prosecutor: everywhere,
    integrity: compartment,
    historic_import: never,
  },
  clear_complicity: {
    owner: never,
    prosecution: never,
    assigned_prosecutor: never,
    integrity: compartment,
    historic_import: never,
  },
};

/** The role right each action also needs: on `criminal_case`, or for the integrity unit its own. */
export const caseActionGrant: Readonly<Record<CaseRecordAction, Action>> = {
  read: 'read',
  update: 'update',
  record_stage: 'update',
  reveal_identity: 'reveal',
  clear_complicity: 'update',
};

const holds = (actor: Actor, resource: Resource, action: Action) =>
  scopeFor(actor, resource, action) !== null;

export function casePartiesOf(actor: Actor, c: CaseParties): CaseParty[] {
  const parties: CaseParty[] = [];
  if (actor.organisationId === c.organisationId) parties.push('owner');
  if (c.prosecutorOrganisationId && actor.organisationId === c.prosecutorOrganisationId)
    parties.push('prosecution');
  if (c.prosecutorUserId && actor.userId === c.prosecutorUserId) parties.push('assigned_prosecutor');
  if (holds(actor, 'criminal_case_complicity', 'read')) parties.push('integrity');
  if (actor.kind === 'import' && actor.organisationId === c.organisationId) parties.push('historic_import');
  return parties;
}

/** Whether the actor may do the action on the case: the relationship and the role right. */
export function mayOnCase(actor: Actor, action: CaseRecordAction, c: CaseParties): boolean {
  const grant = caseActionGrant[action];
  return casePartiesOf(actor, c).some((party) => {
    const reach = caseAccessTable[action][party];
    if (!(c.complicity ? reach.complicity : reach.ordinary)) return false;
    const resource: Resource = party === 'integrity' ? 'criminal_case_complicity' : 'criminal_case';
    return holds(actor, resource, grant);
  });
}

/**
 * Throws 404 unless the actor may read the case, 403 when it may read but not do the action. A
 * compartmented case does not exist for whoever may not read it: not even its id is confirmed.
 */
export function authorizeOnCase(actor: Actor, action: CaseRecordAction, c: CaseParties): void {
  if (!mayOnCase(actor, 'read', c)) throw notFound('The case');
  if (!mayOnCase(actor, action, c)) throw forbidden();
}

/**
 * Whether an export about one of the case's victims (the subject access export) may name the
 * case to the actor. An ordinary case is the person's own data and is named. A complicity case
 * is compartmented: an export run by someone who may not read it would tell them that a public
 * official stands accused in the victim's case, so it is left out for them, rows and id alike.
 */
export function mayExportCaseReference(actor: Actor, c: CaseParties): boolean {
  return !c.complicity || mayOnCase(actor, 'read', c);
}

/** What the actor may do to the case now: what the web offers. */
export function caseAbilities(actor: Actor, c: CaseParties): Record<CaseRecordAction, boolean> {
  return Object.fromEntries(caseRecordActions.map((a) => [a, mayOnCase(actor, a, c)])) as Record<
    CaseRecordAction,
    boolean
  >;
}

/**
 * Which cases a list may contain, for the store to filter by (the same table as above, as a
 * query): ordinary cases of the actor's organisation or assigned to it, complicity cases
 * assigned to the actor, and every complicity case for the integrity unit.
 */
export interface CaseVisibility {
  organisationId: string;
  userId: string;
  ordinary: boolean;
  assignedComplicity: boolean;
  allComplicity: boolean;
}

export function caseVisibilityOf(actor: Actor): CaseVisibility | null {
  const ordinary = holds(actor, 'criminal_case', 'read');
  const allComplicity = holds(actor, 'criminal_case_complicity', 'read');
  if (!ordinary && !allComplicity) return null;
  return {
    organisationId: actor.organisationId,
    userId: actor.userId,
    ordinary,
    assignedComplicity: ordinary,
    allComplicity,
  };
}
