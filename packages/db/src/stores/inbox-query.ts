import type { Inbox, InboxQuery, InboxSection, InboxSectionPage, InboxSectionQuery } from '@opennrm/core';
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../schema.ts';
import type { ReferralRow } from '../schema-referrals.ts';
import { escapeLike } from './escape-like.ts';
import { toReferral } from './referral-rows.ts';

type ReferralQuery = SelectQueryBuilder<Database, 'referrals', object>;
type Side = 'to_organisation_id' | 'from_organisation_id';

/**
 * ReferralStore.inbox: five short lists, each its own indexed query with its own limit (a
 * section never crowds another out). Run one after another rather than at once: on PGlite and
 * inside a transaction there is one session anyway.
 */
export async function inboxFor(db: Kysely<Database>, q: InboxQuery): Promise<Inbox> {
  const section = async (name: InboxSection) =>
    (await inboxSectionOf(db, { ...q, section: name, limit: q.limit })).referrals;
  return {
    incoming: await section('incoming'),
    outgoing: await section('outgoing'),
    overdue: await section('overdue'),
    inProgress: await section('inProgress'),
    recentlyClosed: await section('recentlyClosed'),
  };
}

/**
 * The branches of a section: each one organisation side and one status, so each is a walk of one
 * index in the section's order (migration 23: referrals_{to,from}_respond, _closed). A section
 * of two branches (overdue either way; closed by us or completed for us) reads at most a page
 * from each and merges them.
 */
function branches(q: Omit<InboxSectionQuery, 'limit' | 'after'>): [Side, string[]][] {
  switch (q.section) {
    case 'incoming':
      return [['to_organisation_id', ['sent']]];
    case 'outgoing':
      return [['from_organisation_id', ['sent']]];
    case 'overdue':
      return [
        ['to_organisation_id', ['sent']],
        ['from_organisation_id', ['sent']],
      ];
    case 'inProgress':
      return [['to_organisation_id', ['accepted']]];
    // The port calls these "closed referrals": the status says so, not closed_at alone. A
    // recipient keeps only what it completed: a declined or withdrawn referral left it nothing.
    case 'recentlyClosed':
      return [
        ['from_organisation_id', ['declined', 'completed', 'withdrawn']],
        ['to_organisation_id', ['completed']],
      ];
  }
}

function branchQuery(
  db: Kysely<Database>,
  q: Omit<InboxSectionQuery, 'limit' | 'after'>,
  side: Side,
  statuses: string[],
): ReferralQuery {
  let query = db
    .selectFrom('referrals')
    .where(side, '=', q.organisationId)
    .where('status', 'in', statuses as never[]);
  if (q.section === 'overdue') query = query.where('respond_by', '<', q.now);
  if (q.section === 'recentlyClosed') query = query.where('closed_at', '>=', q.recentSince);
  // A referral from the organisation to itself would be in both branches of overdue.
  if (q.section === 'overdue' && side === 'from_organisation_id')
    query = query.where('to_organisation_id', '<>', q.organisationId);
  if (q.urgency) query = query.where('urgency', '=', q.urgency);
  const code = q.code;
  if (code) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('persons')
          .select(sql.lit(1).as('one'))
          .whereRef('persons.id', '=', 'referrals.person_id')
          .where('persons.code', 'ilike', `%${escapeLike(code)}%`),
      ),
    );
  }
  return query;
}

/** ReferralStore.inboxSection: one page, after the cursor, in the section's order. */
export async function inboxSectionOf(db: Kysely<Database>, q: InboxSectionQuery): Promise<InboxSectionPage> {
  const closed = q.section === 'recentlyClosed';
  const key = closed ? 'closed_at' : 'respond_by';
  const desc = (q.order ?? (closed ? 'desc' : 'asc')) === 'desc';
  const dir = desc ? 'desc' : 'asc';
  const after = q.after;
  const pages = branches(q).map(([side, statuses]) => {
    let query = branchQuery(db, q, side, statuses);
    if (after) {
      const cmp = desc ? sql.raw('<') : sql.raw('>');
      query = query.where(
        sql<boolean>`(${sql.ref(key)}, id) ${cmp} (${after.at}::timestamptz, ${after.id}::uuid)`,
      );
    }
    return query
      .selectAll()
      .orderBy(key, dir)
      .orderBy('id', dir)
      .limit(q.limit + 1);
  });
  // A section of two branches in one statement (each branch still its own index walk, a page
  // at most): one round trip per page (issue 21).
  const [only] = pages;
  const found =
    pages.length === 1 && only
      ? await only.execute()
      : (
          await sql<ReferralRow>`${sql.join(
            pages.map((page) => sql`(${page})`),
            sql` union all `,
          )}`.execute(db)
        ).rows;
  const rows = found.map(toReferral);
  const at = (r: (typeof rows)[number]) => (closed ? (r.closedAt?.getTime() ?? 0) : r.respondBy.getTime());
  rows.sort((a, b) => {
    const byKey = at(a) - at(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return desc ? -byKey : byKey;
  });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  const next =
    rows.length > q.limit && last
      ? { at: closed ? (last.closedAt ?? last.respondBy) : last.respondBy, id: last.id }
      : null;
  return { referrals: page, next };
}

/**
 * ReferralStore.countInboxSection: each branch read up to the cap (an index walk, never all), the
 * branches added in one statement. One status at a time: with `status in (...)` the planner
 * cannot walk (organisation, status, key) in the key's order and read recently closed through
 * closed_at instead (2 873 rows for a count capped at 500, issue 21); per status it is a range of
 * the index.
 */
export async function countInboxSection(
  db: Kysely<Database>,
  q: Omit<InboxSectionQuery, 'after' | 'limit' | 'order'>,
  cap: number,
): Promise<{ count: number; more: boolean }> {
  const key = q.section === 'recentlyClosed' ? 'closed_at' : 'respond_by';
  const dir = q.section === 'recentlyClosed' ? 'desc' : 'asc';
  const counts = branches(q).flatMap(([side, statuses]) =>
    statuses.map((status) => {
      // In the section's order, so the planner walks the page's index and stops at the cap.
      const capped = branchQuery(db, q, side, [status])
        .select(sql.lit(1).as('one'))
        .orderBy(key, dir)
        .orderBy('id', dir)
        .limit(cap + 1);
      return sql`(select count(*) from ${capped.as('capped')})`;
    }),
  );
  const row = await sql<{ n: string | number }>`select ${sql.join(counts, sql` + `)} as n`.execute(db);
  const n = Number(row.rows[0]?.n ?? 0);
  return n > cap ? { count: cap, more: true } : { count: n, more: false };
}
