import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * Runs `work` in a transaction: the caller's when `db` already is one, else a new one. Lets a
 * multi-statement write (user + roles, an audit append) be atomic whether or not the use case
 * wrapped it in `store.transaction`.
 */
export async function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database> | Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(work);
}
