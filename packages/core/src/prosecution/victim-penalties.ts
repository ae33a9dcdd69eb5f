import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { loadPersonFor } from '../identification/person-access.ts';
import type { VictimPenaltyRecord } from './criminal-case.ts';
import { checkEventDay } from './prosecution-dates.ts';
import type { VictimPenalty } from './prosecution-vocabulary.ts';

/**
 * Records that a victim was penalised (arrested, fined, prosecuted, deported) for what they were
 * compelled to do: the non-punishment principle's breaches, counted in the report. Part of the
 * person's record: whoever may edit the person records it, whoever may read the person reads it.
 */
export async function recordVictimPenalty(
  ctx: Ctx,
  personId: string,
  input: { penalty: VictimPenalty; occurredOn: string },
): Promise<VictimPenaltyRecord> {
  await loadPersonFor(ctx, personId, 'edit');
  checkEventDay(input.occurredOn, 'occurredOn', ctx.clock.now());
  const p: VictimPenaltyRecord = {
    id: ctx.newId(),
    personId,
    organisationId: ctx.actor.organisationId,
    penalty: input.penalty,
    occurredOn: input.occurredOn,
    recordedBy: ctx.actor.userId,
    recordedAt: ctx.clock.now(),
  };
  await ctx.store.transaction(async (tx) => {
    await tx.prosecution.addPenalty(p);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'person.penalty_recorded',
      entityType: 'person',
      entityId: personId,
      details: { penalty: p.penalty, occurredOn: p.occurredOn },
    });
  });
  return p;
}

export async function listVictimPenalties(ctx: Ctx, personId: string): Promise<VictimPenaltyRecord[]> {
  await loadPersonFor(ctx, personId, 'read');
  return ctx.store.prosecution.listPenalties(personId);
}
