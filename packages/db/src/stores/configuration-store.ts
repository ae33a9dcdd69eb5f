import type { ConfigurationStore } from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { storableJson } from './storable-json.ts';

/** Installation settings, one JSON value per key; a missing key reads as undefined. */
export function createConfigurationStore(db: Kysely<Database>): ConfigurationStore {
  return {
    async get(key) {
      const row = await db
        .selectFrom('configuration')
        .select('value')
        .where('key', '=', key)
        .executeTakeFirst();
      return row?.value;
    },

    async set(key, value, at) {
      // undefined has no JSON form; setting it removes the key, so get() gives undefined back.
      if (value === undefined) {
        await db.deleteFrom('configuration').where('key', '=', key).execute();
        return;
      }
      const json = JSON.stringify(storableJson(value));
      await db
        .insertInto('configuration')
        .values({ key, value: json, updated_at: at })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: at }))
        .execute();
    },
  };
}
