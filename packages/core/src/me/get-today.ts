import type { Ctx } from '../context.ts';
import { listPersons, reflectionWarningDays } from '../identification/list-persons.ts';
import { holdsAlertRight } from '../policy/alert-access-policy.ts';
import { can, scopeFor } from '../policy/authorize.ts';

export type TodayItemKey =
  | 'decisions_overdue'
  | 'referrals_to_answer'
  | 'referrals_to_answer_overdue'
  | 'alerts_to_acknowledge'
  | 'unread_messages'
  | 'reflection_periods_ending';

export interface TodayItem {
  key: TodayItemKey;
  count: number;
}

/** The calendar day of an instant (UTC, as the server stores event days). */
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * "What needs me today": counts of the work waiting for the actor's organisation, each only
 * where the actor's role may open the list it counts (grants.ts), so a count never tells about
 * records the user could not see. The overdue decisions come from the persons list itself
 * (listPersons), so the home page and the list agree.
 */
export async function getToday(ctx: Ctx): Promise<{ items: TodayItem[] }> {
  const { actor } = ctx;
  const now = ctx.clock.now();

  const counts = await ctx.store.today.countsFor({
    organisationId: actor.organisationId,
    now,
    reflectionEndsFrom: isoDay(now),
    reflectionEndsUntil: isoDay(new Date(now.getTime() + reflectionWarningDays * 86_400_000)),
  });
  const items: TodayItem[] = [];
  const personScope = scopeFor(actor, 'person', 'read');
  if (personScope && personScope !== 'aggregate' && can(actor, 'identification_decision', 'create')) {
    const { total } = await listPersons(ctx, { overdue: true, limit: 1, withTotal: true });
    items.push({ key: 'decisions_overdue', count: total?.count ?? 0 });
  }
  if (scopeFor(actor, 'referral', 'update') !== null) {
    items.push({ key: 'referrals_to_answer', count: counts.referralsToAnswer });
    items.push({ key: 'referrals_to_answer_overdue', count: counts.referralsToAnswerOverdue });
  }
  if (holdsAlertRight(actor, 'update'))
    items.push({ key: 'alerts_to_acknowledge', count: counts.alertsToAcknowledge });
  if (holdsAlertRight(actor, 'read')) items.push({ key: 'unread_messages', count: counts.unreadMessages });
  // Counted as the persons list shows them (the link opens that list), as overdue decisions are.
  if (scopeFor(actor, 'protection', 'read') !== null && personScope && personScope !== 'aggregate') {
    const { total } = await listPersons(ctx, { reflectionEnding: true, limit: 1, withTotal: true });
    items.push({ key: 'reflection_periods_ending', count: total?.count ?? 0 });
  }
  return { items };
}
