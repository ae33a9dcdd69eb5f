import type { Ctx } from '../context.ts';
import { loadPersonFor } from '../identification/person-access.ts';
import { authorize } from '../policy/authorize.ts';
import { mayOnPerson } from '../policy/person-access-policy.ts';
import { authorizeOnReferral } from '../policy/referral-access-policy.ts';
import { notFound } from '../support/errors.ts';
import type { Referral } from './referral.ts';
import type { Inbox } from './referral-ports.ts';

/** A referral the actor's organisation is a party to (policy/referral-access-policy.ts decides). */
export async function loadReferralFor(
  ctx: Ctx,
  id: string,
  action: 'read' | 'message' = 'read',
): Promise<Referral> {
  const referral = await ctx.store.referrals.get(id);
  if (!referral) throw notFound('The referral');
  authorizeOnReferral(ctx.actor, action, referral);
  return referral;
}

/**
 * The referrals of a person: all of them for the owner; for anyone else only those it sent or
 * received, since a referral to a shelter says where the person lives.
 */
export async function listPersonReferrals(ctx: Ctx, personId: string): Promise<Referral[]> {
  const { facts } = await loadPersonFor(ctx, personId, 'read_referrals');
  const all = await ctx.store.referrals.listForPerson(personId);
  if (mayOnPerson(ctx.actor, 'see_holders', facts)) return all;
  const org = ctx.actor.organisationId;
  return all.filter((r) => r.fromOrganisationId === org || r.toOrganisationId === org);
}

/** The organisation's work list: to decide, awaiting answer, overdue, in progress, recently closed. */
export async function getReferralInbox(ctx: Ctx): Promise<Inbox & { unreadNotifications: number }> {
  authorize(ctx.actor, 'referral', 'read', { organisationId: ctx.actor.organisationId });
  const now = ctx.clock.now();
  const inbox = await ctx.store.referrals.inbox({
    organisationId: ctx.actor.organisationId,
    now,
    recentSince: new Date(now.getTime() - 14 * 86_400_000),
    limit: 100,
  });
  return {
    ...inbox,
    unreadNotifications: await ctx.store.notifications.countUnread(ctx.actor.organisationId),
  };
}
