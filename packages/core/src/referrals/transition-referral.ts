import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorizeOnReferral } from '../policy/referral-access-policy.ts';
import type { Store } from '../ports.ts';
import { DomainError, invalid, notFound } from '../support/errors.ts';
import type { Referral } from './referral.ts';
import { actionSide, fromStatusesOf, nextStatus, type ReferralAction } from './referral-state-machine.ts';

/**
 * Accept, decline (with a reason), complete (by the recipient) or withdraw (by the sender). The
 * change is a compare-and-set on the status, so of two requests racing on the same referral
 * exactly one wins; the other gets 409 with the status it lost to. When a referral closes, the
 * referrals its recipient sent onward from it are withdrawn too: access derived from it ends.
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
    authorizeOnReferral(ctx.actor, action, referral);
    const to = nextStatus(referral.status, action);
    const now = ctx.clock.now();
    const closes = to !== 'accepted';
    const patch: Partial<Referral> = {
      status: to,
      updatedAt: now,
      ...(actionSide[action] === 'recipient' && action !== 'complete'
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
    await notifyOtherParty(ctx, tx, { ...referral, ...patch }, actionSide[action]);
    // The reason is kept on the referral for the parties; the trail says only that one was given
    // (it often names people and places, and audit details are not sealed).
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: `referral.${to}`,
      entityType: 'referral',
      entityId: id,
      details: { personId: referral.personId, from: referral.status, reasonGiven: text !== null },
    });
    if (closes) await withdrawOnward(ctx, tx, id);
    return { ...referral, ...patch };
  });
}

/** Withdraws, depth first, the open referrals sent onward from a referral that just closed. */
async function withdrawOnward(ctx: Ctx, tx: Store, parentId: string): Promise<void> {
  for (const child of await tx.referrals.listOpenChildren(parentId)) {
    const now = ctx.clock.now();
    const patch: Partial<Referral> = { status: 'withdrawn', closedAt: now, updatedAt: now };
    if ((await tx.referrals.transition(child.id, fromStatusesOf('withdraw'), patch)) === 0) continue;
    await notifyOtherParty(ctx, tx, { ...child, ...patch }, 'sender');
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'referral.withdrawn',
      entityType: 'referral',
      entityId: child.id,
      details: { personId: child.personId, from: child.status, cause: 'parent_closed', parentId },
    });
    await withdrawOnward(ctx, tx, child.id);
  }
}

/**
 * Tells the other party. A recipient that loses the referral (declined by itself, withdrawn) is
 * not told the person's code again: it has no access left.
 */
async function notifyOtherParty(ctx: Ctx, tx: Store, referral: Referral, actingSide: 'recipient' | 'sender') {
  const toRecipient = actingSide === 'sender';
  const person =
    toRecipient && referral.status === 'withdrawn' ? undefined : await tx.persons.get(referral.personId);
  await tx.notifications.create({
    id: ctx.newId(),
    organisationId: toRecipient ? referral.toOrganisationId : referral.fromOrganisationId,
    kind: `referral.${referral.status}`,
    referralId: referral.id,
    personCode: person?.code ?? null,
    createdAt: ctx.clock.now(),
    readAt: null,
  });
}
