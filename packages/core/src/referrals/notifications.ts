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

/**
 * By id (the menu's "mark all read"), or all about one referral (the user opened it, so its
 * updates and messages are read). Either way only the actor's own organisation's notifications.
 */
export async function markNotificationsRead(
  ctx: Ctx,
  which: { ids?: string[] | undefined; referralId?: string | undefined },
): Promise<number> {
  const org = ctx.actor.organisationId;
  const now = ctx.clock.now();
  let marked = which.ids ? await ctx.store.notifications.markRead(org, which.ids, now) : 0;
  if (which.referralId)
    marked += await ctx.store.notifications.markReadForReferral(org, which.referralId, now);
  return marked;
}
