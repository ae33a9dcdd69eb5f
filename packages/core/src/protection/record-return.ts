import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { loadPersonFor } from '../identification/person-access.ts';
import { invalid } from '../support/errors.ts';
import { notifyCoordinators } from './notify-coordinators.ts';
import type { ReturnRecord } from './protection.ts';
import { checkEventDay } from './protection-dates.ts';
import { forcedReturnKinds, type ReturnKind } from './protection-vocabulary.ts';

/**
 * A return: assisted voluntary return, repatriation of a citizen, or a deportation or removal.
 * Forcing out a presumed or identified victim is what the Convention's non-punishment and
 * non-refoulement duties warn against: it alerts the national coordinator at once (an in-app
 * notification naming no person), and the report counts it.
 */
export async function recordReturn(
  ctx: Ctx,
  personId: string,
  input: { kind: ReturnKind; country: string; returnedOn: string },
): Promise<{ record: ReturnRecord; coordinatorsAlerted: number }> {
  return ctx.store.transaction(async (tx) => {
    const { person } = await loadPersonFor(ctx, personId, 'record_support', tx);
    if (!/^[A-Z]{2}$/.test(input.country))
      throw invalid('The country is an ISO 3166-1 alpha-2 code.', { fields: { country: 'invalid' } });
    const now = ctx.clock.now();
    const record: ReturnRecord = {
      id: ctx.newId(),
      personId,
      kind: input.kind,
      country: input.country,
      returnedOn: checkEventDay('returnedOn', input.returnedOn, now),
      personStatus: person.status,
      recordedBy: ctx.actor.userId,
      recordedByOrganisationId: ctx.actor.organisationId,
      recordedAt: now,
    };
    await tx.protection.addReturn(record);
    const forced = forcedReturnKinds.includes(record.kind) && record.personStatus !== 'not_victim';
    const coordinatorsAlerted = forced
      ? await notifyCoordinators(tx, 'protection.victim_removed', now, ctx.newId)
      : 0;
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'protection.return_recorded',
      entityType: 'person',
      entityId: personId,
      details: { recordId: record.id, kind: record.kind, coordinatorsAlerted },
    });
    return { record, coordinatorsAlerted };
  });
}
