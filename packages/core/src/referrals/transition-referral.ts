import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorizeOnReferral } from '../policy/referral-access-policy.ts';
import type { Store } from '../ports.ts';
import { DomainError, invalid, notFound } from '../support/errors.ts';
import type { Referral } from './referral.ts';
import { dayOf, type EarliestDay, isHistoric, recordedLater, resolveHappenedOn } from './referral-dates.ts';
import { readReferralSettings } from './referral-settings.ts';
import { actionSide, fromStatusesOf, nextStatus } from './referral-state-machine.ts';
import type { ReferralAction } from './referral-vocabulary.ts';

export interface TransitionInput {
  /** Required to decline; kept on the referral for the parties, never in the trail. */
  reason?: string | null;
  /** The day it happened when that was earlier than today (YYYY-MM-DD); defaults to today. */
  happenedOn?: string | null;
}

/**
 * Accept, decline (with a reason), complete (by the recipient) or withdraw (by the sender). The
 * change is a compare-and-set on the status, so of two requests racing on the same referral
 * exactly one wins; the other gets 409 with the status it lost to. When a referral closes, the
 * referrals its recipient sent onward from it are withdrawn too: access derived from it ends.
 * It may be dated earlier than today (not before what it follows); the trail carries both dates.
 */
export async function transitionReferral(
  ctx: Ctx,
  id: string,
  action: ReferralAction,
  input: TransitionInput = {},
): Promise<Referral> {
  const text = input.reason?.trim() || null;
  if (action === 'decline' && !text)
    throw invalid('Say why the referral is declined.', { fields: { reason: 'required' } });
  return ctx.store.transaction(async (tx) => {
    const referral = await tx.referrals.get(id);
    if (!referral) throw notFound('The referral');
    authorizeOnReferral(ctx.actor, action, referral);
    const to = nextStatus(referral.status, action);
    const now = ctx.clock.now();
    const answers = action === 'accept' || action === 'decline';
    const { backdateLimitDays } = await readReferralSettings(tx);
    const on = resolveHappenedOn('happenedOn', input.happenedOn, now, backdateLimitDays, [
      { on: referral.sentOn, because: 'the referral was sent then' },
      referral.respondedOn ? { on: referral.respondedOn, because: 'the referral was answered then' } : null,
      answers ? escalatedBound(referral) : null,
    ]);
    const closes = to !== 'accepted';
    const patch: Partial<Referral> = {
      status: to,
      updatedAt: now,
      ...(answers ? { respondedBy: ctx.actor.userId, respondedOn: on, respondedAt: now } : {}),
      ...(closes ? { closedOn: on, closedAt: now } : {}),
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
    const historic = isHistoric(on, now);
    if (!historic) await notifyOtherParty(ctx, tx, { ...referral, ...patch }, actionSide[action]);
    // The reason is kept on the referral for the parties; the trail says only that one was given
    // (it often names people and places, and audit details are not sealed).
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: `referral.${to}`,
      entityType: 'referral',
      entityId: id,
      details: {
        personId: referral.personId,
        from: referral.status,
        reasonGiven: text !== null,
        happenedOn: on,
        recordedOn: dayOf(now),
        recordedLater: recordedLater(on, now),
      },
    });
    if (closes) await withdrawOnward(ctx, tx, id, on, historic);
    return { ...referral, ...patch };
  });
}

/**
 * Once the sweep has told both parties and the coordinator that no answer came by the deadline,
 * an answer cannot be dated on or before the deadline: backdating must not turn a late answer
 * into a timely one in the figures.
 */
function escalatedBound(referral: Referral): EarliestDay | null {
  if (!referral.escalatedAt) return null;
  const after = new Date(`${dayOf(referral.respondBy)}T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() + 1);
  return {
    on: dayOf(after),
    because: `no answer had come by the deadline (${dayOf(referral.respondBy)}) when the referral was escalated`,
  };
}

/**
 * Withdraws, depth first, the open referrals sent onward from a referral that just closed, on the
 * day it closed (or, were that earlier, the day the onward one was sent or answered).
 */
async function withdrawOnward(
  ctx: Ctx,
  tx: Store,
  parentId: string,
  closedOn: string,
  historic: boolean,
): Promise<void> {
  for (const child of await tx.referrals.listOpenChildren(parentId)) {
    const now = ctx.clock.now();
    const on = [closedOn, child.sentOn, child.respondedOn ?? ''].sort().at(-1) ?? closedOn;
    const patch: Partial<Referral> = { status: 'withdrawn', closedOn: on, closedAt: now, updatedAt: now };
    if ((await tx.referrals.transition(child.id, fromStatusesOf('withdraw'), patch)) === 0) continue;
    if (!historic) await notifyOtherParty(ctx, tx, { ...child, ...patch }, 'sender');
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'referral.withdrawn',
      entityType: 'referral',
      entityId: child.id,
      details: {
        personId: child.personId,
        from: child.status,
        cause: 'parent_closed',
        parentId,
        happenedOn: on,
        recordedOn: dayOf(now),
        recordedLater: recordedLater(on, now),
      },
    });
    await withdrawOnward(ctx, tx, child.id, on, historic);
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
