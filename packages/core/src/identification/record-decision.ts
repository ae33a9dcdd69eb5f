import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { isStateBody, type OrganisationType } from '../organisations/organisation-types.ts';
import { isCalendarDate } from '../support/calendar-date.ts';
import { invalid } from '../support/errors.ts';
import { type DecidingBodyType, stateDecidingBodyTypes } from './identification-vocabulary.ts';
import type { IdentificationDecision } from './person.ts';
import { loadPersonFor } from './person-access.ts';

export interface DecisionInput {
  outcome: 'identified' | 'not_victim';
  /** The date the body decided (YYYY-MM-DD); not in the future. */
  decidedOn: string;
  grounds: string;
  /** Id of the decision this one reconsiders. */
  reconsiders?: string | null;
}

/** HTCDS deciding-body type of each kind of organisation. */
export function decidingBodyTypeOf(type: OrganisationType): DecidingBodyType {
  if (type === 'police') return 'Police';
  if (type === 'prosecution' || type === 'court') return 'CourtOrProsecution';
  if (!isStateBody(type)) return 'NGO';
  if (type === 'system_operator') return 'Other';
  return 'NonPoliceGovernmentalOrganization';
}

/**
 * The formal decision: identified or not a victim, by the actor's organisation, with grounds
 * (sealed: they name people and places). NGO decisions count and are recorded as such; the
 * person shows "NGO only" until a state body decides. A later decision of any linked body
 * becomes the current status; a reconsideration must name the decision it revisits.
 */
export async function recordDecision(
  ctx: Ctx,
  personId: string,
  input: DecisionInput,
): Promise<IdentificationDecision> {
  const now = ctx.clock.now();
  if (!isCalendarDate(input.decidedOn) || input.decidedOn > now.toISOString().slice(0, 10)) {
    throw invalid('The decision date must be a date, not in the future.', {
      fields: { decidedOn: 'invalid' },
    });
  }
  if (!input.grounds.trim())
    throw invalid('State the grounds of the decision.', { fields: { grounds: 'required' } });
  return ctx.store.transaction(async (tx) => {
    const { person } = await loadPersonFor(ctx, personId, 'decide', tx);
    const earlier = await tx.decisions.listForPerson(personId);
    if (input.reconsiders && !earlier.some((d) => d.id === input.reconsiders)) {
      throw invalid('The decision to reconsider is not one of this person’s.', {
        fields: { reconsiders: 'unknown' },
      });
    }
    const id = ctx.newId();
    const bodyType = decidingBodyTypeOf(ctx.actor.organisationType);
    const decision: IdentificationDecision = {
      id,
      personId,
      outcome: input.outcome,
      decidingOrganisationId: ctx.actor.organisationId,
      decidingBodyType: bodyType,
      decidedOn: input.decidedOn,
      groundsSealed: ctx.sealer.seal(input.grounds.trim(), `decision.grounds.${id}`),
      reconsiders: input.reconsiders ?? null,
      recordedBy: ctx.actor.userId,
      recordedAt: now,
    };
    await tx.decisions.create(decision);
    await tx.persons.update(personId, {
      status: input.outcome,
      statusBodyType: bodyType,
      statusDecidedAt: new Date(`${input.decidedOn}T00:00:00Z`),
      stateDecided: person.stateDecided || stateDecidingBodyTypes.includes(bodyType),
      updatedAt: now,
    });
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: input.reconsiders ? 'decision.reconsidered' : 'decision.recorded',
      entityType: 'person',
      entityId: personId,
      details: { decisionId: id, outcome: input.outcome, bodyType, decidedOn: input.decidedOn },
    });
    return decision;
  });
}
