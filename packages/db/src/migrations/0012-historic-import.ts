import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Bookkeeping of the historic import (core/historic-import): each run that wrote records, and
 * which record of ours each source row became, keyed by the importing organisation, the sheet
 * and the source's own record id, so a re-run of the same file changes nothing. The records
 * themselves are ordinary persons, screenings, decisions, consents and referrals.
 */
const statements: string[] = [
  `create table historic_import_runs (
    id uuid primary key,
    organisation_id uuid not null references organisations(id),
    file_name text not null,
    file_sha256 text not null,
    imported_by uuid not null references users(id),
    imported_at timestamptz not null,
    counts jsonb not null
  )`,
  `create index historic_import_runs_imported_at on historic_import_runs (imported_at desc)`,
  `create table historic_import_rows (
    organisation_id uuid not null references organisations(id),
    sheet text not null,
    source_id text not null,
    record_id uuid not null,
    row_hash text not null,
    import_id uuid not null references historic_import_runs(id),
    primary key (organisation_id, sheet, source_id)
  )`,
];

export const historicImport: Migration = {
  version: 12,
  name: 'historic-import',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
