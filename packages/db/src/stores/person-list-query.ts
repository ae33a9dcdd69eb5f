import type {
  CappedCount,
  PersonFilter,
  PersonListAccess,
  PersonPage,
  RelationCondition,
  Visibility,
} from '@opennrm/core';
import { type ExpressionBuilder, type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { escapeLike } from './escape-like.ts';
import { openStatus } from './open-referral.ts';
import { findCodeCandidates } from './person-code-candidates.ts';
import { toPerson } from './person-rows.ts';

type PersonQuery = SelectQueryBuilder<Database, 'persons', object>;
type LinkedQuery = SelectQueryBuilder<Database, 'persons' | 'person_links', object>;
type Keyed = 'persons' | 'person_links';

/**
 * PersonStore.list: one page in the sort order, after the cursor. The access decides where the
 * page is read from, each an index in the page's order (migration 23):
 * - links (the usual front-line case): `person_links` by organisation and sort key, filtered by
 *   the relation sets core's policy names (`personListAccess`), joined to the page's persons;
 * - owner only: persons by organisation and sort key;
 * - all: persons by sort key.
 * One row more than the page says whether there is a next page; nothing is counted here.
 */
export async function listPersons(
  db: Kysely<Database>,
  filter: PersonFilter,
  access: PersonListAccess,
): Promise<PersonPage> {
  if (access.kind === 'none') return { persons: [], next: null };
  const keyed: Keyed = access.kind === 'links' && !access.ownerOnly ? 'person_links' : 'persons';
  const candidates = filter.code ? await findCodeCandidates(db, filter.code, filter) : null;
  if (candidates?.length === 0) return { persons: [], next: null };
  const base = onlyCandidates(reachable(db, access), candidates, keyed);
  const ordered = orderPage(applyFilter(base, filter) as LinkedQuery, keyed, filter);
  const rows = await ordered
    .selectAll('persons')
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit).map(toPerson);
  const last = page.at(-1);
  return {
    persons: page,
    next: rows.length > filter.limit && last ? { createdAt: last.createdAt, code: last.code } : null,
  };
}

/** How many persons the list reaches, read up to `cap` + 1 rows (an index walk, never the country). */
export async function countPersons(
  db: Kysely<Database>,
  filter: Omit<PersonFilter, 'after' | 'limit' | 'sort'>,
  access: PersonListAccess,
  cap: number,
): Promise<CappedCount> {
  if (access.kind === 'none') return { count: 0, more: false };
  const keyed: Keyed = access.kind === 'links' && !access.ownerOnly ? 'person_links' : 'persons';
  // In the first page's order: the planner then walks the same index and stops at the cap,
  // where an unordered count may hash-join the whole of both tables. Unfiltered, the links
  // alone say it: every link is to a person (foreign key), so persons is not read at all.
  const filtered = Object.values(filter).some((v) => v !== undefined);
  const candidates = filter.code ? await findCodeCandidates(db, filter.code, {}) : null;
  if (candidates?.length === 0) return { count: 0, more: false };
  const listed =
    keyed === 'person_links' && !filtered && access.kind === 'links'
      ? (db
          .selectFrom('person_links')
          .where('person_links.organisation_id', '=', access.organisationId)
          .where((l) => l.and(access.conditions.map((c) => meets(l, c)))) as unknown as LinkedQuery)
      : (applyFilter(onlyCandidates(reachable(db, access), candidates, keyed), {
          ...filter,
          limit: 0,
        }) as LinkedQuery);
  const capped = orderPage(listed, keyed, { ...filter, limit: 0, sort: 'newest' })
    .select(sql.lit(1).as('one'))
    .limit(cap + 1);
  const row = await db
    .selectFrom(capped.as('capped'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const n = Number(row.n);
  return n > cap ? { count: cap, more: true } : { count: n, more: false };
}

/** The persons the access reaches: the policy's relation sets over the organisation's links. */
function reachable(db: Kysely<Database>, access: Exclude<PersonListAccess, { kind: 'none' }>): PersonQuery {
  const persons = db.selectFrom('persons');
  if (access.kind === 'all') return persons;
  if (access.ownerOnly) {
    // Owning is the owner link; the owner's other conditions are still checked on the links row.
    return persons.where('persons.organisation_id', '=', access.organisationId).where((eb) =>
      eb.exists(
        eb
          .selectFrom('person_links')
          .select(sql.lit(1).as('one'))
          .whereRef('person_links.person_id', '=', 'persons.id')
          .where('person_links.organisation_id', '=', access.organisationId)
          .where((l) => l.and(access.conditions.map((c) => meets(l, c)))),
      ),
    );
  }
  return db
    .selectFrom('person_links')
    .innerJoin('persons', 'persons.id', 'person_links.person_id')
    .where('person_links.organisation_id', '=', access.organisationId)
    .where((l) => l.and(access.conditions.map((c) => meets(l, c)))) as unknown as PersonQuery;
}

/**
 * A rare code fragment: only the persons the trigram index named (findCodeCandidates), looked up
 * by id, so the page reads the candidates and not the organisation's list. A broad one (null):
 * the list's own walk, which meets matches soon.
 */
function onlyCandidates(query: PersonQuery, candidates: string[] | null, keyed: Keyed): PersonQuery {
  if (!candidates) return query;
  // On the links too: the planner does not carry `= any()` across the join, and the links'
  // primary key (organisation, person) is what looks each candidate up.
  const ids = sql`any(${sql.val(candidates)}::uuid[])`;
  const q = query.where(sql<boolean>`persons.id = ${ids}`);
  return keyed === 'person_links' ? q.where(sql<boolean>`person_links.person_id = ${ids}`) : q;
}

/** A link of an allowed relation, or an identity-carrying link of a relation that needs identity. */
function meets(eb: ExpressionBuilder<Database, 'person_links'>, c: RelationCondition) {
  const any = (column: 'relations' | 'identity_relations', relations: readonly string[]) =>
    relations.length === 0
      ? sql<boolean>`false`
      : sql<boolean>`${sql.ref(`person_links.${column}`)} && ${sql.val([...relations])}::text[]`;
  return eb.or([any('relations', c.relations), any('identity_relations', c.identityRelations)]);
}

/** The sort order and the keyset condition, on the columns of the index being walked. */
function orderPage(query: LinkedQuery, keyed: Keyed, f: PersonFilter): LinkedQuery {
  const created = sql.ref(`${keyed}.created_at`);
  const code = sql.ref(`${keyed}.code`);
  const sort = f.sort ?? 'newest';
  let q = query;
  const after = f.after;
  if (after) {
    if (sort === 'newest')
      q = q.where(
        sql<boolean>`(${created}, ${code}) < (${after.createdAt}::timestamptz, ${after.code}::text)`,
      );
    if (sort === 'oldest')
      q = q.where(
        sql<boolean>`(${created}, ${code}) > (${after.createdAt}::timestamptz, ${after.code}::text)`,
      );
    if (sort === 'code_asc') q = q.where(sql<boolean>`${code} > ${after.code}`);
    if (sort === 'code_desc') q = q.where(sql<boolean>`${code} < ${after.code}`);
  }
  if (sort === 'newest') return q.orderBy(created, 'desc').orderBy(code, 'desc');
  if (sort === 'oldest') return q.orderBy(created, 'asc').orderBy(code, 'asc');
  return q.orderBy(code, sort === 'code_asc' ? 'asc' : 'desc');
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
 * The drill-down's need to know: all, or the owner organisation, or (linked) an organisation
 * holding an active share or receiving an open referral. Aggregate and self scopes never see a
 * person; null means "nothing to query".
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
  const reflection = f.reflectionEnding;
  if (reflection) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('protection_reflection_periods as rp')
          .select(sql.lit(1).as('one'))
          .whereRef('rp.person_id', '=', 'persons.id')
          .where('rp.granted_by_organisation_id', '=', reflection.grantedBy)
          .where('rp.ends_on', '>=', reflection.from)
          .where('rp.ends_on', '<=', reflection.until),
      ),
    );
  }
  // A fragment anywhere in the code, any case: the trigram index (persons_code_trgm) serves it.
  if (f.code) q = q.where('persons.code', 'ilike', `%${escapeLike(f.code)}%`);
  const keys = f.nameKeys;
  if (keys) {
    q = q.where((eb) =>
      keys.length === 0
        ? sql<boolean>`false`
        : eb.exists(
            eb
              .selectFrom('person_duplicate_keys')
              .select(sql.lit(1).as('one'))
              .whereRef('person_duplicate_keys.person_id', '=', 'persons.id')
              .where('person_duplicate_keys.key', 'in', [...keys]),
          ),
    );
  }
  return q;
}
