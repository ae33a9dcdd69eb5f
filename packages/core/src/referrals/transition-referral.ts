import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { DomainError, forbidden, invalid, notFound } from '../support/errors.ts';
import type { Referral } from './referral.ts';
import { actionSide, fromStatusesOf, nextStatus, type ReferralAction } from './referral-state-machine.ts';

/**
 * Accept, decline (with a reason), complete (by the recipient) or withdraw (by the sender). The
 * change is a compare-and-set on the status, so of two requests racing on the same referral
 * exactly one wins; the other gets 409 with the status it lost to.
 */
export async function transitionReferral(
  ctx: Ctx,
  id: string,
  action: ReferralAction,
  reason?: string | null,
): Promise<Referral> {
  const text = reason?.trim() || null;
  if (action === 'decline' && !text)
    throw invalid('Say why the referral is declined.', { fields: { reason: 'required' } });
  return ctx.store.transaction(async (tx) => {
    const referral = await tx.referrals.get(id);
    if (!referral) throw notFound('The referral');
    const side = actionSide[action];
    const party = side === 'recipient' ? referral.toOrganisationId : referral.fromOrganisationId;
    // A recipient whose referral was declined or withdrawn has no access left, to it either.
    if (
      ctx.actor.organisationId === referral.toOrganisationId &&
      ['declined', 'withdrawn'].includes(referral.status)
    )
      throw forbidden();
    if (ctx.actor.organisationId !== party)
      throw forbidden(`Only the ${side === 'recipient' ? 'receiving' : 'sending'} organisation can do this.`);
    authorize(ctx.actor, 'referral', 'update', { organisationId: party });
    const to = nextStatus(referral.status, action);
    const now = ctx.clock.now();
    const closes = to !== 'accepted';
    const patch: Partial<Referral> = {
      status: to,
      updatedAt: now,
      ...(side === 'recipient' && action !== 'complete'
        ? { respondedBy: ctx.actor.userId, respondedAt: now }
        : {}),
      ...(closes ? { closedAt: now } : {}),
      ...(action === 'decline' ? { declineReason: text } : {}),
      ...(action === 'withdraw' ? { withdrawReason: text } : {}),
    };
    if ((await tx.referrals.transition(id, fromStatusesOf(action), patch)) === 0) {
      const current = await tx.referrals.get(id);
      throw new DomainError('invalid_transition', `The referral was ${current?.status} meanwhile.`, {
        status: current?.status,
        action,
      });
    }
    const notify = side === 'recipient' ? referral.fromOrganisationId : referral.toOrganisationId;
    const person = await tx.persons.get(referral.personId);
    await tx.notifications.create({
      id: ctx.newId(),
      organisationId: notify,
      kind: `referral.${to}`,
      referralId: id,
      personCode: person?.code ?? null,
      createdAt: now,
      readAt: null,
    });
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: `referral.${to}`,
      entityType: 'referral',
      entityId: id,
      details: { personId: referral.personId, from: referral.status, reason: text },
    });
    return { ...referral, ...patch };
  });
}
