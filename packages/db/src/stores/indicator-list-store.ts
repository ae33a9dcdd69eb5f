import type { IndicatorList, IndicatorListStore } from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { storableJson } from './storable-json.ts';

/**
 * Every version ever loaded stays: a screening names the (key, version) that scored it. A second
 * save of the same pair fails on the primary key instead of rewriting what screenings relied on.
 */
export function createIndicatorListStore(db: Kysely<Database>): IndicatorListStore {
  return {
    async save(list, loadedBy, at) {
      await db
        .insertInto('indicator_lists')
        .values({
          key: list.key,
          version: list.version,
          definition: JSON.stringify(storableJson(list)),
          loaded_by: loadedBy,
          loaded_at: at,
        })
        .execute();
    },

    async get(key, version) {
      let query = db.selectFrom('indicator_lists').select('definition').where('key', '=', key);
      query =
        version === undefined
          ? query.orderBy('version', 'desc').limit(1)
          : query.where('version', '=', version);
      const row = await query.executeTakeFirst();
      return row && (row.definition as unknown as IndicatorList);
    },

    async listLatest() {
      const rows = await db
        .selectFrom('indicator_lists')
        .distinctOn('key')
        .select('definition')
        .orderBy('key')
        .orderBy('version', 'desc')
        .execute();
      return rows.map((row) => row.definition as unknown as IndicatorList);
    },
  };
}
