import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { holdsAlertRight } from '../policy/alert-access-policy.ts';
import { forbidden, invalid } from '../support/errors.ts';
import { type Alert, type AlertSubject, alertDetailsAad } from './alert.ts';

export interface AlertInput {
  toOrganisationId: string;
  subject: AlertSubject;
  title: string;
  details: string;
}

/** Alerts a body about a suspected situation (a workplace, an address, a description). */
export async function sendAlert(ctx: Ctx, input: AlertInput): Promise<Alert> {
  if (!holdsAlertRight(ctx.actor, 'create')) throw forbidden();
  if (!input.title.trim() || !input.details.trim())
    throw invalid('Give a short title and describe what was seen.', { fields: { details: 'required' } });
  return ctx.store.transaction(async (tx) => {
    const to = await tx.organisations.get(input.toOrganisationId);
    if (!to?.active || to.id === ctx.actor.organisationId)
      throw invalid('Choose another, active organisation.', { fields: { toOrganisationId: 'invalid' } });
    const now = ctx.clock.now();
    const id = ctx.newId();
    const alert: Alert = {
      id,
      fromOrganisationId: ctx.actor.organisationId,
      toOrganisationId: to.id,
      subject: input.subject,
      title: input.title.trim().slice(0, 200),
      detailsSealed: ctx.sealer.seal(input.details.trim(), alertDetailsAad(id)),
      status: 'open',
      personIds: [],
      createdBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    await tx.alerts.create(alert);
    await tx.notifications.create({
      id: ctx.newId(),
      organisationId: to.id,
      kind: 'alert.received',
      referralId: null,
      personCode: null,
      createdAt: now,
      readAt: null,
    });
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'alert.sent',
      entityType: 'alert',
      entityId: id,
      details: { to: to.id, subject: input.subject },
    });
    return alert;
  });
}
