import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { alertActionStatuses } from '../policy/alert-access-policy.ts';
import { DomainError } from '../support/errors.ts';
import type { Alert, AlertStatus } from './alert.ts';
import { loadAlertFor } from './load-alert-for.ts';

const actionFor = { acknowledged: 'acknowledge', closed: 'close' } as const;

/**
 * The recipient acknowledges; either body closes (policy/alert-access-policy.ts). A
 * compare-and-set on the status: of two racing requests one wins, the other gets a 409.
 */
export async function changeAlertStatus(
  ctx: Ctx,
  id: string,
  to: Exclude<AlertStatus, 'open'>,
): Promise<Alert> {
  const action = actionFor[to];
  const alert = await loadAlertFor(ctx, id, action);
  const from = alertActionStatuses(ctx.actor, action, alert);
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    if ((await tx.alerts.transition(id, from, { status: to, updatedAt: now })) === 0) {
      throw new DomainError('invalid_transition', `An ${alert.status} alert cannot be ${to}.`, {
        status: alert.status,
      });
    }
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: `alert.${to}`,
      entityType: 'alert',
      entityId: id,
    });
    return { ...alert, status: to, updatedAt: now };
  });
}
