import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { loadPersonFor } from '../identification/person-access.ts';
import type { CooperationRecord } from './protection.ts';
import { checkEventDay } from './protection-dates.ts';
import type { CooperationStatus } from './protection-vocabulary.ts';

/**
 * Records the person's own choice about cooperating with law enforcement as of a day. It is a
 * fact about the person, for the report's "assisted without cooperating" and for the person's
 * workers; no other use case reads it, so no service, stay, permit or period depends on it.
 */
export async function recordCooperation(
  ctx: Ctx,
  personId: string,
  input: { status: CooperationStatus; asOf: string },
): Promise<CooperationRecord> {
  return ctx.store.transaction(async (tx) => {
    await loadPersonFor(ctx, personId, 'record_support', tx);
    const record: CooperationRecord = {
      id: ctx.newId(),
      personId,
      status: input.status,
      asOf: checkEventDay('asOf', input.asOf, ctx.clock.now()),
      recordedBy: ctx.actor.userId,
      recordedByOrganisationId: ctx.actor.organisationId,
      recordedAt: ctx.clock.now(),
    };
    await tx.protection.addCooperation(record);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'protection.cooperation_recorded',
      entityType: 'person',
      entityId: personId,
      details: { recordId: record.id },
    });
    return record;
  });
}
