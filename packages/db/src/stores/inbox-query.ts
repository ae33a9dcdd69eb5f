import type { Inbox, InboxQuery } from '@opennrm/core';
import type { ExpressionBuilder, Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from '../schema.ts';
import { toReferral } from './referral-rows.ts';

type ReferralQuery = SelectQueryBuilder<Database, 'referrals', object>;
type Where = ExpressionBuilder<Database, 'referrals'>;

/**
 * ReferralStore.inbox: five short lists, each its own indexed query with its own limit (a
 * section never crowds another out). Run one after another rather than at once: on PGlite and
 * inside a transaction there is one session anyway.
 */
export async function inboxFor(db: Kysely<Database>, q: InboxQuery): Promise<Inbox> {
  const org = q.organisationId;
  const either = (eb: Where) =>
    eb.or([eb('to_organisation_id', '=', org), eb('from_organisation_id', '=', org)]);
  const section = async (build: (query: ReferralQuery) => ReferralQuery) => {
    const rows = await build(db.selectFrom('referrals')).selectAll().orderBy('id').limit(q.limit).execute();
    return rows.map(toReferral);
  };
  // Oldest deadline first (each served by referrals_to / referrals_from); id breaks ties.
  const byDeadline = (query: ReferralQuery) => query.orderBy('respond_by');
  return {
    incoming: await section((r) =>
      byDeadline(r.where('to_organisation_id', '=', org).where('status', '=', 'sent')),
    ),
    outgoing: await section((r) =>
      byDeadline(r.where('from_organisation_id', '=', org).where('status', '=', 'sent')),
    ),
    overdue: await section((r) =>
      byDeadline(r.where(either).where('status', '=', 'sent').where('respond_by', '<', q.now)),
    ),
    inProgress: await section((r) =>
      byDeadline(r.where('to_organisation_id', '=', org).where('status', '=', 'accepted')),
    ),
    // The port calls these "closed referrals": the status says so, not closed_at alone. A
    // recipient keeps only what it completed: a declined or withdrawn referral left it nothing.
    recentlyClosed: await section((r) =>
      r
        .where((eb) =>
          eb.or([
            eb.and([
              eb('from_organisation_id', '=', org),
              eb('status', 'in', ['declined', 'completed', 'withdrawn']),
            ]),
            eb.and([eb('to_organisation_id', '=', org), eb('status', '=', 'completed')]),
          ]),
        )
        .where('closed_at', '>=', q.recentSince)
        .orderBy('closed_at', 'desc'),
    ),
  };
}
