import type { Person } from '@opennrm/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { toPerson } from '../stores/person-rows.ts';

/**
 * Gives every person the blind-index keys `keysOf` computes (core's personIndexKeys), in batches
 * by id, adding only what is missing: a second run adds nothing, and a run stopped midway is
 * simply run again. One transaction per batch, so a national table never sits in one.
 */
export async function indexPersonNames(
  db: Kysely<Database>,
  keysOf: (person: Person) => string[],
  onProgress: (scanned: number) => void = () => {},
  batch = 1_000,
): Promise<{ scanned: number; added: number }> {
  let scanned = 0;
  let added = 0;
  let after: string | null = null;
  for (;;) {
    const from: string | null = after;
    const rows = await db
      .selectFrom('persons')
      .selectAll()
      .$if(from !== null, (q) => q.where('id', '>', from as string))
      .orderBy('id')
      .limit(batch)
      .execute();
    if (rows.length === 0) break;
    const values = rows.flatMap((row) =>
      [...new Set(keysOf(toPerson(row)))].map((key) => ({ person_id: row.id, key })),
    );
    if (values.length > 0) {
      const result = await db
        .insertInto('person_duplicate_keys')
        .values(values)
        .onConflict((oc) => oc.columns(['person_id', 'key']).doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    scanned += rows.length;
    after = rows.at(-1)?.id ?? null;
    onProgress(scanned);
  }
  return { scanned, added };
}
