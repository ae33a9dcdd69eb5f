import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.ts';
import { type SealedColumn, sealedColumns } from './sealed-columns.ts';

/** A key this installation's data depends on: its id and fingerprint, never the key. */
export interface InstallationKey {
  purpose: string;
  keyId: string;
  /** null: recorded from the data at upgrade, before a server holding the key was seen. */
  fingerprint: string | null;
  retiredAt: Date | null;
}

/** Any constant works; the same in every process that checks this database's keys. */
const keyCheckLockKey = 7_316_009;

/**
 * Runs the start-up key check in one transaction holding an advisory lock, so two servers
 * started at once with different keys cannot both find an empty table and both record theirs.
 */
export function withInstallationKeysLock<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${keyCheckLockKey})`.execute(trx);
    return work(trx);
  });
}

export async function listInstallationKeys(db: Kysely<Database>): Promise<InstallationKey[]> {
  const rows = await db.selectFrom('installation_keys').selectAll().orderBy('recorded_at').execute();
  return rows.map((r) => ({
    purpose: r.purpose,
    keyId: r.key_id,
    fingerprint: r.fingerprint,
    retiredAt: r.retired_at,
  }));
}

/** Records (or re-activates) a key in use, with its fingerprint. */
export async function recordInstallationKey(
  db: Kysely<Database>,
  key: { purpose: string; keyId: string; fingerprint: string },
): Promise<void> {
  await db
    .insertInto('installation_keys')
    .values({ purpose: key.purpose, key_id: key.keyId, fingerprint: key.fingerprint, retired_at: null })
    .onConflict((oc) =>
      oc.columns(['purpose', 'key_id']).doUpdateSet({ fingerprint: key.fingerprint, retired_at: null }),
    )
    .execute();
}

export async function retireInstallationKey(
  db: Kysely<Database>,
  key: { purpose: string; keyId: string },
): Promise<void> {
  await db
    .updateTable('installation_keys')
    .set({ retired_at: new Date() })
    .where('purpose', '=', key.purpose)
    .where('key_id', '=', key.keyId)
    .execute();
}

/**
 * One value sealed under `keyId`, or null when none is. Stops at the first hit in each column;
 * only asked about a key the server lacks or has not fingerprinted yet, so never at a normal start.
 */
export async function findSealedValue(
  db: Kysely<Database>,
  keyId: string,
  columns: readonly SealedColumn[] = sealedColumns,
): Promise<{ column: SealedColumn; id: string; value: string } | null> {
  const prefix = `s1.${keyId}.`;
  for (const column of columns) {
    const value = sql.ref(column.column);
    const { rows } = await sql<{ id: string; value: string }>`
      select ${sql.ref(column.idColumn)}::text as id, ${value} as value from ${sql.table(column.table)}
      where starts_with(${value}, ${prefix}) limit 1`.execute(db);
    const row = rows[0];
    if (row) return { column, id: row.id, value: row.value };
  }
  return null;
}

/** Whether any duplicate-check hash exists (made with the lookup key). */
export async function hasDuplicateKeys(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('person_duplicate_keys')
    .select(sql<number>`1`.as('one'))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
