import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Retention and erasure (docs/security/retention.md): when a person's record was anonymised (by
 * the retention run or an erasure), and when a defendant's name was erased, and the legal holds an administrator sets on a person so
 * that neither ever touches it.
 */
const statements: string[] = [
  'alter table persons add column anonymised_at timestamptz',
  // A defendant's name is replaced once, not again at every run.
  'alter table case_defendants add column name_erased_at timestamptz',
  `create table person_legal_holds (
    person_id uuid primary key references persons (id),
    reason text not null,
    set_by uuid not null references users (id),
    set_at timestamptz not null
  )`,
];

export const retention: Migration = {
  version: 32,
  name: 'retention',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
