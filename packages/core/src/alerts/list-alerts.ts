import type { Ctx } from '../context.ts';
import { holdsAlertRight } from '../policy/alert-access-policy.ts';
import { forbidden } from '../support/errors.ts';
import type { Alert } from './alert.ts';

/** Alerts the actor's organisation sent or received, newest first: only ever its own. */
export async function listAlerts(ctx: Ctx): Promise<Alert[]> {
  if (!holdsAlertRight(ctx.actor, 'read')) throw forbidden();
  return ctx.store.alerts.listForOrganisation(ctx.actor.organisationId, 200);
}
