import type { Ctx } from '../context.ts';
import type { Notification } from './referral.ts';

/** The organisation's in-app notifications (every signed-in user of it sees them). */
export async function listNotifications(
  ctx: Ctx,
): Promise<{ notifications: Notification[]; unread: number }> {
  const org = ctx.actor.organisationId;
  return {
    notifications: await ctx.store.notifications.listForOrganisation(org, 50),
    unread: await ctx.store.notifications.countUnread(org),
  };
}

export async function markNotificationsRead(ctx: Ctx, ids: string[]): Promise<number> {
  return ctx.store.notifications.markRead(ctx.actor.organisationId, ids, ctx.clock.now());
}
