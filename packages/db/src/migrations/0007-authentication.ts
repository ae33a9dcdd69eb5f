import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/** (Filled in by the change that owns this step.) */
const statements: string[] = [];

export const authentication: Migration = {
  version: 7,
  name: 'authentication',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
