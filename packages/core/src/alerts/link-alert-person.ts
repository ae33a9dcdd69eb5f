import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { loadPersonFor } from '../identification/person-access.ts';
import type { Alert } from './alert.ts';
import { loadAlertFor } from './load-alert-for.ts';

/** Links a person identified in the situation; the actor must be able to open that person. */
export async function linkAlertPerson(ctx: Ctx, id: string, personId: string): Promise<Alert> {
  const alert = await loadAlertFor(ctx, id, 'link_person');
  await loadPersonFor(ctx, personId, 'contribute');
  await ctx.store.transaction(async (tx) => {
    await tx.alerts.linkPerson(id, personId, ctx.clock.now());
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'alert.person_linked',
      entityType: 'alert',
      entityId: id,
      details: { personId },
    });
  });
  return { ...alert, personIds: [...new Set([...alert.personIds, personId])] };
}
