import type { Kysely } from 'kysely';

/**
 * One forward-only schema step. `version` orders the steps and is what the database records;
 * a migration never changes once released (write a new one instead).
 */
export interface Migration {
  version: number;
  name: string;
  /** Runs inside the migration's transaction; `db` is that transaction. */
  up(db: Kysely<unknown>): Promise<void>;
}
