import type { Ctx } from '../context.ts';
import { loadPersonFor, personRecordRef } from '../identification/person-access.ts';
import { authorize } from '../policy/authorize.ts';
import { forbidden, notFound } from '../support/errors.ts';
import type { Referral } from './referral.ts';
import type { Inbox } from './referral-ports.ts';

/** The sender always sees its referral; the recipient while it is open or after completing it. */
export async function loadReferralFor(ctx: Ctx, id: string): Promise<Referral> {
  const referral = await ctx.store.referrals.get(id);
  if (!referral) throw notFound('The referral');
  const org = ctx.actor.organisationId;
  const recipientMaySee =
    org === referral.toOrganisationId && ['sent', 'accepted', 'completed'].includes(referral.status);
  if (org !== referral.fromOrganisationId && !recipientMaySee) throw forbidden();
  authorize(ctx.actor, 'referral', 'read', { organisationId: org });
  return referral;
}

/** The referrals of a person the actor can open (each party sees the whole history of the person). */
export async function listPersonReferrals(ctx: Ctx, personId: string): Promise<Referral[]> {
  const person = await loadPersonFor(ctx, personId, 'person', 'read');
  authorize(ctx.actor, 'referral', 'read', await personRecordRef(ctx.store, person));
  return ctx.store.referrals.listForPerson(personId);
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
