import type { TodayStore } from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * Five counts for one organisation, each on an index: referrals_to (organisation, status,
 * deadline), alerts_to_open, notifications_unread and protection_reflection_granted_ends.
 */
export function createTodayStore(db: Kysely<Database>): TodayStore {
  return {
    async countsFor(q) {
      const org = q.organisationId;
      const referrals = await db
        .selectFrom('referrals')
        .select((eb) => [
          eb.fn.countAll<string | number>().as('to_answer'),
          eb.fn.count<string | number>('id').filterWhere('respond_by', '<', q.now).as('overdue'),
        ])
        .where('to_organisation_id', '=', org)
        .where('status', '=', 'sent')
        .executeTakeFirstOrThrow();
      const alerts = await db
        .selectFrom('alerts')
        .select((eb) => eb.fn.countAll<string | number>().as('open'))
        .where('to_organisation_id', '=', org)
        .where('status', '=', 'open')
        .executeTakeFirstOrThrow();
      const messages = await db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<string | number>().as('unread'))
        .where('organisation_id', '=', org)
        .where('read_at', 'is', null)
        .where('kind', 'in', ['referral.message', 'alert.message'])
        .executeTakeFirstOrThrow();
      const reflection = await db
        .selectFrom('protection_reflection_periods')
        .select((eb) => eb.fn.countAll<string | number>().as('ending'))
        .where('granted_by_organisation_id', '=', org)
        .where('ends_on', '>=', q.reflectionEndsFrom)
        .where('ends_on', '<=', q.reflectionEndsUntil)
        .executeTakeFirstOrThrow();
      return {
        referralsToAnswer: Number(referrals.to_answer),
        referralsToAnswerOverdue: Number(referrals.overdue),
        alertsToAcknowledge: Number(alerts.open),
        unreadMessages: Number(messages.unread),
        reflectionPeriodsEnding: Number(reflection.ending),
      };
    },
  };
}
