import type { Ctx } from '../context.ts';
import { authorizeOnAlert } from '../policy/alert-access-policy.ts';
import { notFound } from '../support/errors.ts';
import type { Alert, AlertRecordAction } from './alert.ts';

/** An alert the actor's organisation is a party to (policy/alert-access-policy.ts decides). */
export async function loadAlertFor(ctx: Ctx, id: string, action: AlertRecordAction = 'read'): Promise<Alert> {
  const alert = await ctx.store.alerts.get(id);
  if (!alert) throw notFound('The alert');
  authorizeOnAlert(ctx.actor, action, alert);
  return alert;
}
