import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Frozen releases of the national statistics (core/src/statistics/releases/): what was
 * published, by whom and when, with the settings and table definitions used, and every file
 * byte for byte (bytea), so a download years later returns exactly what was published. Releases
 * of the same source and period (series_key) are numbered; a later number corrects the one
 * before it, with a reason and the changed cells.
 *
 * Neither table can be updated or deleted: a published figure is corrected by a new release,
 * never rewritten. (Unlike the audit trail there is no maintenance switch: nothing needs one.)
 */
const statements: string[] = [
  `create table statistics_releases (
    id uuid primary key,
    series_key text not null,
    number integer not null check (number >= 1),
    source jsonb not null,
    period jsonb not null,
    previous_period jsonb not null,
    locales text[] not null,
    published_at timestamptz not null,
    published_by uuid,
    published_by_name text not null,
    corrects_id uuid references statistics_releases (id),
    reason text,
    changes jsonb not null,
    settings jsonb not null,
    definitions jsonb not null,
    files jsonb not null,
    sha256 text not null,
    unique (series_key, number),
    check ((number = 1) = (corrects_id is null)),
    check (corrects_id is null or reason is not null)
  )`,
  'create index statistics_releases_published on statistics_releases (published_at desc)',
  `create table statistics_release_files (
    release_id uuid not null references statistics_releases (id),
    name text not null,
    sha256 text not null,
    content bytea not null,
    primary key (release_id, name)
  )`,
  `create function opennrm_statistics_releases_frozen() returns trigger
  language plpgsql as $$
  begin
    raise exception '% is frozen: % is not allowed', tg_table_name, tg_op
      using errcode = 'insufficient_privilege';
  end
  $$`,
  `create trigger statistics_releases_frozen before update or delete on statistics_releases
    for each row execute function opennrm_statistics_releases_frozen()`,
  `create trigger statistics_releases_no_truncate before truncate on statistics_releases
    for each statement execute function opennrm_statistics_releases_frozen()`,
  `create trigger statistics_release_files_frozen before update or delete on statistics_release_files
    for each row execute function opennrm_statistics_releases_frozen()`,
  `create trigger statistics_release_files_no_truncate before truncate on statistics_release_files
    for each statement execute function opennrm_statistics_releases_frozen()`,
];

export const statisticsReleases: Migration = {
  version: 11,
  name: 'statistics-releases',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
