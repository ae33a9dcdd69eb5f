import type { ConsentStore } from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { toConsent, toConsentRow } from './referral-rows.ts';

export function createConsentStore(db: Kysely<Database>): ConsentStore {
  return {
    async create(consent) {
      await db.insertInto('consents').values(toConsentRow(consent)).execute();
    },

    async get(id) {
      const row = await db.selectFrom('consents').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toConsent(row);
    },

    async listForPerson(personId) {
      const rows = await db
        .selectFrom('consents')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('recorded_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toConsent);
    },

    async withdraw(id, by, at) {
      // Once only: a second withdrawal keeps the first one's who and when, and reports 0.
      const result = await db
        .updateTable('consents')
        .set({ withdrawn_at: at, withdrawn_by: by })
        .where('id', '=', id)
        .where('withdrawn_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
