import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/** (Filled in by the change that owns this step.) */
const statements: string[] = [];

export const auditCheckpoints: Migration = {
  version: 8,
  name: 'audit-checkpoints',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
