import { openReferralStatuses } from '@opennrm/core';
import { type RawBuilder, sql } from 'kysely';

/**
 * `referrals.status in ('sent', 'accepted')` as literals, from core's list of open statuses: access rules
 * follow core's definition, and literals (unlike bound parameters) keep the condition visible to
 * the planner even in a generic plan.
 */
export function openStatus(): RawBuilder<boolean> {
  const statuses = sql.join(openReferralStatuses.map((status) => sql.lit(status)));
  return sql<boolean>`referrals.status in (${statuses})`;
}
