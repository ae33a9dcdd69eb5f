import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * Takes a block of person code numbers per year in one upsert each, as the person store's
 * nextCode does one at a time, so persons created later through the app (or a second bulk load)
 * get fresh codes. Returns the first number of each block, in the order of `blocks`.
 */
export async function reservePersonCodes(
  db: Kysely<Database>,
  blocks: readonly { year: number; count: number }[],
): Promise<number[]> {
  return db.transaction().execute(async (tx) => {
    const first: number[] = [];
    for (const { year, count } of blocks) {
      const row = await tx
        .insertInto('person_code_counters')
        .values({ year, last: count })
        .onConflict((oc) =>
          oc.column('year').doUpdateSet({ last: sql<number>`person_code_counters.last + ${count}` }),
        )
        .returning('last')
        .executeTakeFirstOrThrow();
      first.push(row.last - count + 1);
    }
    return first;
  });
}
