import type { Person, PersonFilter, Visibility } from '@opennrm/core';
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { escapeLike } from './escape-like.ts';
import { openStatus } from './open-referral.ts';
import { toPerson } from './person-rows.ts';

type PersonQuery = SelectQueryBuilder<Database, 'persons', object>;

/**
 * PersonStore.list: the persons the visibility reaches, filtered, newest first (code breaks
 * ties, highest first), one page of them and the total over every page.
 */
export async function listPersons(
  db: Kysely<Database>,
  filter: PersonFilter,
  visibility: Visibility,
): Promise<{ persons: Person[]; total: number }> {
  const base = visibleTo(db.selectFrom('persons'), visibility);
  if (!base) return { persons: [], total: 0 };
  const query = applyFilter(base, filter);
  const rows = await query
    .selectAll('persons')
    // The total rides along with the page: one scan instead of a second count query.
    .select(sql<number>`count(*) over ()`.as('total'))
    .orderBy('persons.created_at', 'desc')
    .orderBy('persons.code', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  if (rows.length > 0) {
    return { persons: rows.map(({ total: _, ...row }) => toPerson(row)), total: Number(rows[0]!.total) };
  }
  // A page past the end has no row to carry the total; only then count separately.
  if (filter.offset === 0) return { persons: [], total: 0 };
  const counted = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirst();
  return { persons: [], total: Number(counted?.total ?? 0) };
}

/** Which of these persons the visibility reaches (statistics drill-down: one query, not one per person). */
export async function visiblePersonIds(
  db: Kysely<Database>,
  ids: readonly string[],
  visibility: Visibility,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const base = visibleTo(db.selectFrom('persons'), visibility);
  if (!base) return [];
  const rows = await base.select('persons.id').where('persons.id', 'in', ids).execute();
  return rows.map((row) => row.id);
}

/**
 * Need to know: all, or the owner organisation, or (linked) an organisation holding an active
 * share or receiving an open referral. Aggregate and self scopes never see a person; null means
 * "nothing to query".
 */
function visibleTo(query: PersonQuery, visibility: Visibility): PersonQuery | null {
  switch (visibility.scope) {
    case 'all':
      return query;
    case 'own_organisation':
      return query.where('persons.organisation_id', '=', visibility.organisationId);
    case 'linked':
      return query.where((eb) =>
        eb.or([
          eb('persons.organisation_id', '=', visibility.organisationId),
          eb.exists(
            eb
              .selectFrom('person_access')
              .select(sql.lit(1).as('one'))
              .whereRef('person_access.person_id', '=', 'persons.id')
              .where('person_access.organisation_id', '=', visibility.organisationId)
              .where('person_access.until', 'is', null),
          ),
          // Open (sent or accepted) only: served by referrals_person (person_id, status) per
          // person, or referrals_to (to_organisation_id, status) from the organisation's side.
          eb.exists(
            eb
              .selectFrom('referrals')
              .select(sql.lit(1).as('one'))
              .whereRef('referrals.person_id', '=', 'persons.id')
              .where('referrals.to_organisation_id', '=', visibility.organisationId)
              .where(openStatus()),
          ),
        ]),
      );
    case 'aggregate':
    case 'self':
      return null;
  }
}

function applyFilter(query: PersonQuery, f: PersonFilter): PersonQuery {
  let q = query;
  if (f.status) q = q.where('persons.status', '=', f.status);
  if (f.gender) q = q.where('persons.gender', '=', f.gender);
  // Unknown (null) matches neither true nor false, as in the memory store.
  if (f.child !== undefined) q = q.where('persons.child_at_identification', '=', f.child);
  if (f.ageBand) q = q.where('persons.age_band', '=', f.ageBand);
  // @> rather than = any(): the GIN index on citizenships serves only the former.
  if (f.citizenship) q = q.where(sql<boolean>`persons.citizenships @> array[${f.citizenship}]::text[]`);
  if (f.form) {
    const form = f.form;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('exploitations')
          .select(sql.lit(1).as('one'))
          .whereRef('exploitations.person_id', '=', 'persons.id')
          .where(sql<boolean>`exploitations.forms @> array[${form}]::text[]`),
      ),
    );
  }
  if (f.organisationId) q = q.where('persons.organisation_id', '=', f.organisationId);
  // Literal conditions, spelled as in the partial indexes' predicates, so the planner can match
  // them even in a generic plan (a bound parameter would hide that status is 'presumed').
  if (f.overdueAt) {
    q = q
      .where('persons.decision_due_at', '<', f.overdueAt)
      .where(sql<boolean>`persons.status = 'presumed' and not persons.state_decided`);
  }
  if (f.ngoOnly) q = q.where(sql<boolean>`persons.status = 'identified' and not persons.state_decided`);
  if (f.code) q = q.where('persons.code', 'like', `${escapeLike(f.code)}%`);
  return q;
}
