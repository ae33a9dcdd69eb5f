import type { Ctx } from '../context.ts';
import type { Notification } from './referral.ts';

/** The organisation's in-app notifications (every signed-in user of it sees them). */
export async function listNotifications(
  ctx: Ctx,
): Promise<{ notifications: Notification[]; unread: number; organisationNames: Map<string, string> }> {
  const org = ctx.actor.organisationId;
  const notifications = await ctx.store.notifications.listForOrganisation(org, 50);
  // The asking organisation of a contact request, by name (the directory is public to users), in
  // one read for the page however many organisations asked.
  const about = notifications.flatMap((n) => (n.aboutOrganisationId ? [n.aboutOrganisationId] : []));
  const organisationNames = await ctx.store.organisations.namesOf([...new Set(about)]);
  return { notifications, unread: await ctx.store.notifications.countUnread(org), organisationNames };
}

export async function markNotificationsRead(ctx: Ctx, ids: string[]): Promise<number> {
  return ctx.store.notifications.markRead(ctx.actor.organisationId, ids, ctx.clock.now());
}
