import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Imported CTDC datasets (docs/standards/ctdc.md): de-identified victim records from outside,
 * kept apart from national case records and tagged with the dataset they came from, so that the
 * same statistics can run over them and nothing mixes silently.
 */
const statements = [
  `create table source_datasets (
    id uuid primary key,
    name text not null,
    format text not null,
    file_name text not null,
    sha256 text not null,
    row_count integer not null,
    rejected_count integer not null,
    columns jsonb not null,
    attribution text not null,
    imported_by text not null,
    imported_at timestamptz not null,
    status text not null default 'loading' check (status in ('loading', 'ready', 'replaced'))
  )`,
  // COPY on PGlite commits batch by batch, so a dataset is written as 'loading' and switched to
  // 'ready' in one transaction with its predecessor's 'replaced': reports only read 'ready', and
  // there is at most one per name.
  `create unique index source_datasets_ready_name on source_datasets (name) where status = 'ready'`,
  // Codes, not labels: gender female|male|other, age_band as the statistics dimension
  // (0-8, 9-17, 18-20 ... 48+), majority adult|child, countries ISO 3166 alpha-2; null = unknown.
  // The arrays hold the short codes of core/src/ctdc/ctdc-columns.ts; traffick_months is CTDC's
  // own spelling (0--12, 13--24, 25+).
  `create table ctdc_records (
    dataset_id uuid not null references source_datasets (id) on delete cascade,
    row_number integer not null,
    year integer not null,
    gender text,
    age_band text,
    majority text,
    citizenship text,
    exploitation_country text,
    is_forced_labour boolean,
    is_sexual_exploit boolean,
    is_other_exploit boolean,
    means text[] not null default '{}',
    labour_types text[] not null default '{}',
    sex_types text[] not null default '{}',
    recruiter_relations text[] not null default '{}',
    traffick_months text,
    primary key (dataset_id, row_number)
  )`,
  'create index ctdc_records_year on ctdc_records (dataset_id, year)',
];

export const ctdcDatasets: Migration = {
  version: 5,
  name: 'ctdc-datasets',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
