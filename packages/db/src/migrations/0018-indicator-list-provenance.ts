import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Provenance of indicator lists (docs/standards/indicators.md, "Provenance"). A list version's
 * definition is written once and never changed, so the act of verifying it against a document is
 * a row of its own, once per version. Each screening keeps the status of the list version as it
 * was when it scored: screenings recorded before this migration used definitions that recorded no
 * provenance, so they read as unverified, which is what was known of them then.
 */
const statements: string[] = [
  `create table indicator_list_verifications (
    key text not null,
    version integer not null,
    verified_by uuid references users(id),
    verified_by_name text not null,
    verified_at timestamptz not null,
    document text not null,
    page text,
    note text,
    primary key (key, version),
    foreign key (key, version) references indicator_lists (key, version)
  )`,
  `alter table screenings add column list_status text not null default 'unverified'
     check (list_status in ('verified', 'derived', 'unverified'))`,
];

export const indicatorListProvenance: Migration = {
  version: 18,
  name: 'indicator-list-provenance',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
