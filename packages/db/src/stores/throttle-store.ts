import type { AttemptLimit, ThrottleStore } from '@opennrm/core';
import { type Kysely, type RawBuilder, sql } from 'kysely';
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

    async claim(key, now, limit) {
      const { expired, failures, inFlight } = terms(now, limit);
      // One statement. On conflict the row is locked and the WHERE is evaluated on its latest
      // version, so two claims never both take the last place, in any number of processes. The
      // outer SELECT reads the row as it was (a CTE's writes are not visible to it) to say why a
      // claim was refused; at worst that is stale and the caller asks again.
      const { rows } = await sql<{ granted: boolean; window_start: Date | null; failures: number | null }>`
        with claimed as (
          insert into throttle (key, window_start, hits, pending, pending_at)
          values (${key}, ${now}::timestamptz, 0, 1, ${now}::timestamptz)
          on conflict (key) do update set
            window_start = case when ${expired} then ${now}::timestamptz else throttle.window_start end,
            hits = ${failures},
            pending = ${inFlight} + 1,
            pending_at = ${now}::timestamptz
          where ${failures} + ${inFlight} < ${limit.limit}::integer
          returning key
        )
        select exists (select 1 from claimed) as granted, throttle.window_start, ${failures} as failures
        from (values (1)) as one left join throttle on throttle.key = ${key}
      `.execute(db);
      const row = rows[0];
      if (row?.granted) return { granted: true };
      if (row?.window_start && (row.failures ?? 0) >= limit.limit) {
        return {
          granted: false,
          reason: 'limited',
          retryAt: new Date(row.window_start.getTime() + limit.lockMs),
        };
      }
      return { granted: false, reason: 'busy', retryAt: now };
    },

    async settle(key, now, limit, outcome) {
      const { expired, failures, inFlight } = terms(now, limit);
      const pending = sql<number>`greatest(${inFlight} - 1, 0)`;
      const row = await db
        .updateTable('throttle')
        .set(
          outcome === 'failed'
            ? {
                hits: sql<number>`${failures} + 1`,
                // The failure that reaches the limit starts the lock.
                window_start: sql<Date>`case when ${expired} or ${failures} + 1 = ${limit.limit}::integer then ${now}::timestamptz else throttle.window_start end`,
                pending,
              }
            : outcome === 'cleared'
              ? { hits: 0, window_start: now, pending }
              : { pending },
        )
        .where('key', '=', key)
        .returning(['hits', 'window_start'])
        .executeTakeFirst();
      if (!row) return { failures: 0, lockedUntil: null };
      return {
        failures: row.hits,
        lockedUntil: row.hits >= limit.limit ? new Date(row.window_start.getTime() + limit.lockMs) : null,
      };
    },
  };
}

/** The row's live failures and attempts in evaluation at `now`, as SQL over the current row. */
function terms(
  now: Date,
  limit: AttemptLimit,
): { expired: RawBuilder<boolean>; failures: RawBuilder<number>; inFlight: RawBuilder<number> } {
  const windowCut = new Date(now.getTime() - limit.windowMs);
  const lockCut = new Date(now.getTime() - limit.lockMs);
  const slotCut = new Date(now.getTime() - limit.slotMs);
  const expired = sql<boolean>`(throttle.window_start <= case when throttle.hits >= ${limit.limit}::integer then ${lockCut}::timestamptz else ${windowCut}::timestamptz end)`;
  return {
    expired,
    failures: sql<number>`(case when ${expired} then 0 else throttle.hits end)`,
    inFlight: sql<number>`(case when throttle.pending_at > ${slotCut}::timestamptz then throttle.pending else 0 end)`,
  };
}
