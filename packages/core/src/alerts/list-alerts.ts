import type { Ctx } from '../context.ts';
import type { CappedCount } from '../identification/identification-ports.ts';
import { holdsAlertRight } from '../policy/alert-access-policy.ts';
import { forbidden } from '../support/errors.ts';
import { listCountCap } from '../support/list-count-cap.ts';
import type { AlertCursor, AlertPage } from './alert-ports.ts';

export interface AlertListRequest {
  after?: AlertCursor | undefined;
  limit: number;
  /** Only alerts received and still open: what the organisation has to acknowledge. */
  awaiting?: boolean;
  /** Count them too (the first page asks; the next pages keep that figure). */
  withTotal?: boolean;
}

/**
 * Alerts the actor's organisation sent or received, newest first, a page at a time by cursor:
 * only ever its own. The count is capped like the persons list's, so a busy body's first page
 * never counts years of alerts.
 */
export async function listAlerts(
  ctx: Ctx,
  request: AlertListRequest = { limit: 50 },
): Promise<AlertPage & { total?: CappedCount }> {
  if (!holdsAlertRight(ctx.actor, 'read')) throw forbidden();
  const organisationId = ctx.actor.organisationId;
  const limit = Math.min(Math.max(request.limit, 1), 200);
  const awaiting = request.awaiting === true;
  const page = await ctx.store.alerts.listForOrganisation(organisationId, {
    after: request.after,
    limit,
    awaiting,
  });
  if (!request.withTotal) return page;
  return {
    ...page,
    total: await ctx.store.alerts.countForOrganisation(organisationId, listCountCap, awaiting),
  };
}
