import { loadAlertFor } from '../alerts/load-alert-for.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { conflict } from '../support/errors.ts';
import type { CriminalCase } from './criminal-case.ts';
import { loadCaseFor } from './load-case-for.ts';

/** Links a potential-case alert the actor's organisation is a party to (alert-access-policy). */
export async function linkCaseAlert(ctx: Ctx, caseId: string, alertId: string): Promise<CriminalCase> {
  const c = await loadCaseFor(ctx, caseId, 'update');
  await loadAlertFor(ctx, alertId, 'read');
  if (c.alertIds.includes(alertId)) return c;
  return ctx.store.transaction(async (tx) => {
    const patch = { alertIds: [...c.alertIds, alertId], version: c.version + 1, updatedAt: ctx.clock.now() };
    if ((await tx.prosecution.updateCase(caseId, c.version, patch)) === 0)
      throw conflict('The case was changed meanwhile. Reload it and try again.');
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'criminal_case.alert_linked',
      entityType: 'criminal_case',
      entityId: caseId,
      details: { alertId },
    });
    return { ...c, ...patch };
  });
}
