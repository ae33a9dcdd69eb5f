import type { PersonStore } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { readAccessFacts, readAccessFactsOf } from './access-facts-query.ts';
import { createExploitationMethods } from './exploitation-rows.ts';
import { openStatus } from './open-referral.ts';
import { countPersons, listPersons } from './person-list-query.ts';
import { toPerson, toPersonRow, toPersonUpdate } from './person-rows.ts';

export function createPersonStore(db: Kysely<Database>): PersonStore {
  return {
    async nextCode(year) {
      // One statement: the upsert's row lock makes concurrent callers take turns, and each gets
      // its own number. Inside a transaction that rolls back, the number is reused, but so is
      // everything written with it; the unique index on persons.code guards the rest.
      const row = await db
        .insertInto('person_code_counters')
        .values({ year, last: 1 })
        .onConflict((oc) =>
          oc.column('year').doUpdateSet({ last: sql<number>`person_code_counters.last + 1` }),
        )
        .returning('last')
        .executeTakeFirstOrThrow();
      return `NRM-${year}-${String(row.last).padStart(6, '0')}`;
    },

    async create(person) {
      await db.insertInto('persons').values(toPersonRow(person)).execute();
    },

    async get(id) {
      const row = await db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toPerson(row);
    },

    async codesOf(ids) {
      if (ids.length === 0) return new Map();
      const rows = await db.selectFrom('persons').select(['id', 'code']).where('id', 'in', ids).execute();
      return new Map(rows.map((r) => [r.id, r.code]));
    },

    async update(id, patch) {
      const values = toPersonUpdate(patch);
      if (Object.keys(values).length === 0) {
        const row = await db.selectFrom('persons').select('id').where('id', '=', id).executeTakeFirst();
        return row ? 1 : 0;
      }
      const result = await db.updateTable('persons').set(values).where('id', '=', id).executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    list: (filter, access) => listPersons(db, filter, access),
    count: (filter, access, cap) => countPersons(db, filter, access, cap),

    organisationsWithAccess: (personId) => organisationsWith(db, personId),

    accessFacts: (personId) => readAccessFacts(db, personId),

    accessFactsOf: (personIds) => readAccessFactsOf(db, personIds),

    async grantAccess(personId, share, at) {
      // One active share per organisation: a new one replaces it (the owner widens or narrows).
      await db
        .updateTable('person_access')
        .set({ until: at })
        .where('person_id', '=', personId)
        .where('organisation_id', '=', share.organisationId)
        .where('until', 'is', null)
        .execute();
      await db
        .insertInto('person_access')
        .values({
          person_id: personId,
          organisation_id: share.organisationId,
          reason: share.reason,
          since: at,
          until: null,
          share_identity: share.shareIdentity,
          consent_id: share.consentId,
          child_rule: share.childRule,
          override_reason: share.overrideReason,
          granted_by: share.grantedBy,
        })
        .execute();
    },

    async stopIdentitySharing(consentId) {
      const result = await db
        .updateTable('person_access')
        .set({ share_identity: false })
        .where('consent_id', '=', consentId)
        .where('share_identity', '=', true)
        .where('until', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async revokeAccess(personId, organisationId, at) {
      const result = await db
        .updateTable('person_access')
        .set({ until: at })
        .where('person_id', '=', personId)
        .where('organisation_id', '=', organisationId)
        .where('until', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async addDuplicateKeys(personId, keys) {
      const unique = [...new Set(keys)];
      if (unique.length === 0) return;
      await db
        .insertInto('person_duplicate_keys')
        .values(unique.map((key) => ({ person_id: personId, key })))
        .onConflict((oc) => oc.columns(['person_id', 'key']).doNothing())
        .execute();
    },

    async replaceDuplicateKeys(personId, keys) {
      await db.deleteFrom('person_duplicate_keys').where('person_id', '=', personId).execute();
      const unique = [...new Set(keys)];
      if (unique.length === 0) return;
      await db
        .insertInto('person_duplicate_keys')
        .values(unique.map((key) => ({ person_id: personId, key })))
        .execute();
    },

    async findByDuplicateKeys(keys) {
      if (keys.length === 0) return [];
      const rows = await db
        .selectFrom('persons')
        .select(['persons.id', 'persons.organisation_id'])
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('person_duplicate_keys')
              .select(sql.lit(1).as('one'))
              .whereRef('person_duplicate_keys.person_id', '=', 'persons.id')
              .where('person_duplicate_keys.key', 'in', keys),
          ),
        )
        .orderBy('persons.created_at')
        .orderBy('persons.id')
        .execute();
      return rows.map((row) => ({ personId: row.id, organisationId: row.organisation_id }));
    },

    ...createExploitationMethods(db),
  };
}

/**
 * The owner first, then active shares in the order they were granted, then recipients of open
 * referrals in the order they were sent. Read from the referrals themselves, so access ends the
 * moment a referral is declined, withdrawn or completed, with nothing to revoke.
 */
async function organisationsWith(db: Kysely<Database>, personId: string): Promise<string[]> {
  const { rows } = await sql<{ organisation_id: string }>`
    select organisation_id from (
      select organisation_id, 0 as rank, null::timestamptz as since from persons where id = ${personId}
      union all
      select organisation_id, 1, since from person_access
      where person_id = ${personId} and until is null
      union all
      select to_organisation_id, 2, sent_at from referrals
      where person_id = ${personId} and ${openStatus()}
    ) access order by rank, since`.execute(db);
  return [...new Set(rows.map((row) => row.organisation_id))];
}
