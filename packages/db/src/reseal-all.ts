import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.ts';
import { type SealedColumn, sealedColumns } from './sealed-columns.ts';

export interface ResealResult {
  scanned: number;
  resealed: number;
}

/** Returns the value sealed under the active key, or null when it already is (nothing to do). */
export type Reseal = (value: string, aad: string) => string | null;

const batchSize = 500;

/**
 * Re-seals every sealed value (after a key rotation). Works in batches of 500 rows by id, each in
 * its own short transaction, so a server running at the same time is never blocked for long; a
 * value changed meanwhile by the server is left alone (compare-and-set on the old value), since
 * the server wrote it under the active key already.
 */
export async function resealAll(
  db: Kysely<Database>,
  reseal: Reseal,
  onProgress?: (resealed: number, scanned: number) => void,
  columns: readonly SealedColumn[] = sealedColumns,
): Promise<ResealResult> {
  const total: ResealResult = { scanned: 0, resealed: 0 };
  for (const column of columns) {
    let afterId: string | null = null;
    for (;;) {
      const batch = await resealBatch(db, column, afterId, reseal);
      if (batch.lastId === null) break;
      afterId = batch.lastId;
      total.scanned += batch.scanned;
      total.resealed += batch.resealed;
      onProgress?.(total.resealed, total.scanned);
    }
  }
  return total;
}

async function resealBatch(
  db: Kysely<Database>,
  column: SealedColumn,
  afterId: string | null,
  reseal: Reseal,
): Promise<ResealResult & { lastId: string | null }> {
  const table = sql.table(column.table);
  const id = sql.ref(column.idColumn);
  const value = sql.ref(column.column);
  return db.transaction().execute(async (trx) => {
    const after = afterId === null ? sql`true` : sql`${id} > ${afterId}`;
    const { rows } = await sql<{ id: string; value: string }>`
      select ${id}::text as id, ${value} as value from ${table}
      where ${value} is not null and ${after}
      order by ${id} limit ${batchSize}`.execute(trx);
    let resealed = 0;
    for (const row of rows) {
      const next = reseal(row.value, column.aad({ id: row.id }));
      if (next === null || next === row.value) continue;
      const result = await sql`update ${table} set ${value} = ${next}
        where ${id} = ${row.id} and ${value} = ${row.value}`.execute(trx);
      resealed += Number(result.numAffectedRows ?? 0n);
    }
    return { scanned: rows.length, resealed, lastId: rows.at(-1)?.id ?? null };
  });
}
