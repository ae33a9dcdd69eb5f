import type { Kysely } from 'kysely';
import type { CopyInto } from '../bulk/copy-into.ts';
import type { Database } from '../schema.ts';

/** An isolated, migrated database for one test file or test. */
export interface TestDatabase {
  db: Kysely<Database>;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** Bulk load with COPY (see Connection.copyInto). */
  copyInto: CopyInto;
}
