import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import type { Alert } from './alert.ts';

/** Alerts the actor's organisation sent or received, newest first: only ever its own. */
export async function listAlerts(ctx: Ctx): Promise<Alert[]> {
  authorize(ctx.actor, 'referral', 'read', { organisationId: ctx.actor.organisationId });
  return ctx.store.alerts.listForOrganisation(ctx.actor.organisationId, 200);
}
