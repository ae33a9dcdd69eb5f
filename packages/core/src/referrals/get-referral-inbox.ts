import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import type { Inbox } from './referral-ports.ts';

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
