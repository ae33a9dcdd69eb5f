import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { listCountCap } from '../support/list-count-cap.ts';
import type { Referral } from './referral.ts';
import type { InboxCursor, InboxSection, InboxSectionPage } from './referral-ports.ts';

/** How long closed referrals stay in the inbox's recently closed section. */
export const recentlyClosedDays = 14;

export interface InboxSectionRequest {
  section: InboxSection;
  order?: 'asc' | 'desc';
  code?: string;
  urgency?: Referral['urgency'];
  after?: InboxCursor;
  limit: number;
  /** Count the section too (the first page asks; the next pages keep that figure). */
  withTotal?: boolean;
}

/**
 * One section of the organisation's inbox, a page at a time: every referral of the section is
 * reachable by paging, whatever their number. The organisation sees only referrals it is a
 * party to (sent by it or to it), as in the whole inbox (`getReferralInbox`).
 */
export async function getInboxSection(
  ctx: Ctx,
  request: InboxSectionRequest,
): Promise<InboxSectionPage & { total?: { count: number; more: boolean } }> {
  authorize(ctx.actor, 'referral', 'read', { organisationId: ctx.actor.organisationId });
  const now = ctx.clock.now();
  const { withTotal, ...rest } = request;
  const query = {
    ...rest,
    organisationId: ctx.actor.organisationId,
    now,
    recentSince: new Date(now.getTime() - recentlyClosedDays * 86_400_000),
    limit: Math.min(Math.max(request.limit, 1), 200),
  };
  const page = await ctx.store.referrals.inboxSection(query);
  if (!withTotal) return page;
  const { after: _, limit: __, order: ___, ...countQuery } = query;
  return { ...page, total: await ctx.store.referrals.countInboxSection(countQuery, listCountCap) };
}
