import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { loadPersonFor } from '../identification/person-access.ts';
import { authorize } from '../policy/authorize.ts';
import { DomainError, forbidden, invalid, notFound } from '../support/errors.ts';
import type { Alert, AlertStatus, AlertSubject } from './alert.ts';
import { openThread, type PlainMessage, postToThread } from './message-thread.ts';

export interface AlertInput {
  toOrganisationId: string;
  subject: AlertSubject;
  title: string;
  details: string;
}

const aad = (id: string) => `alert.details.${id}`;

/** Alerts a body about a suspected situation (a workplace, an address, a description). */
export async function sendAlert(ctx: Ctx, input: AlertInput): Promise<Alert> {
  authorize(ctx.actor, 'referral', 'create');
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
      detailsSealed: ctx.sealer.seal(input.details.trim(), aad(id)),
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

/** Only the two bodies see an alert. */
export async function loadAlertFor(ctx: Ctx, id: string): Promise<Alert> {
  const alert = await ctx.store.alerts.get(id);
  if (!alert) throw notFound('The alert');
  if (![alert.fromOrganisationId, alert.toOrganisationId].includes(ctx.actor.organisationId))
    throw forbidden();
  authorize(ctx.actor, 'referral', 'read', { organisationId: ctx.actor.organisationId });
  return alert;
}

export async function readAlertDetails(ctx: Ctx, alert: Alert): Promise<string> {
  return ctx.sealer.unseal(alert.detailsSealed, aad(alert.id));
}

export async function listAlerts(ctx: Ctx): Promise<Alert[]> {
  authorize(ctx.actor, 'referral', 'read', { organisationId: ctx.actor.organisationId });
  return ctx.store.alerts.listForOrganisation(ctx.actor.organisationId, 200);
}

/** The recipient acknowledges; either body closes. */
export async function changeAlertStatus(
  ctx: Ctx,
  id: string,
  to: Exclude<AlertStatus, 'open'>,
): Promise<Alert> {
  const alert = await loadAlertFor(ctx, id);
  authorize(ctx.actor, 'referral', 'update', { organisationId: ctx.actor.organisationId });
  if (to === 'acknowledged' && ctx.actor.organisationId !== alert.toOrganisationId)
    throw forbidden('Only the alerted body acknowledges.');
  const from: AlertStatus[] = to === 'acknowledged' ? ['open'] : ['open', 'acknowledged'];
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

/** Links a person identified in the situation; the actor must be able to open that person. */
export async function linkAlertPerson(ctx: Ctx, id: string, personId: string): Promise<Alert> {
  const alert = await loadAlertFor(ctx, id);
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

export async function postAlertMessage(ctx: Ctx, id: string, body: string): Promise<PlainMessage> {
  const alert = await loadAlertFor(ctx, id);
  return postToThread(
    ctx,
    {
      kind: 'alert',
      id,
      parties: [alert.fromOrganisationId, alert.toOrganisationId],
      save: (tx, m) => tx.alerts.addMessage({ ...m, alertId: id }),
    },
    body,
  );
}

export async function listAlertMessages(ctx: Ctx, id: string): Promise<PlainMessage[]> {
  await loadAlertFor(ctx, id);
  return openThread(ctx, 'alert', await ctx.store.alerts.listMessages(id));
}
