import type { ThrottleStore } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * Fixed-window counters in the database, so every server process sees the same login attempts.
 * A window is over once `now - window_start >= windowMs`; the next hit starts a new one.
 */
export function createThrottleStore(db: Kysely<Database>): ThrottleStore {
  return {
    async hit(key, now, windowMs) {
      const expired = new Date(now.getTime() - windowMs);
      // One statement: concurrent hits on the same key serialize on the row, none is lost.
      const row = await db
        .insertInto('throttle')
        .values({ key, window_start: now, hits: 1 })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            window_start: sql<Date>`case when throttle.window_start <= ${expired}::timestamptz then ${now}::timestamptz else throttle.window_start end`,
            hits: sql<number>`case when throttle.window_start <= ${expired}::timestamptz then 1 else throttle.hits + 1 end`,
          }),
        )
        .returning('hits')
        .executeTakeFirstOrThrow();
      return row.hits;
    },

    async count(key, now, windowMs) {
      const expired = new Date(now.getTime() - windowMs);
      const row = await db
        .selectFrom('throttle')
        .select('hits')
        .where('key', '=', key)
        .where('window_start', '>', expired)
        .executeTakeFirst();
      return row?.hits ?? 0;
    },

    async reset(key) {
      await db.deleteFrom('throttle').where('key', '=', key).execute();
    },
  };
}
