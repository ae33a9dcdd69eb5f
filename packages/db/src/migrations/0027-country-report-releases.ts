import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Frozen copies of what the country submitted (core/src/country-report/releases/): one document
 * (a questionnaire, or the narrative) of a year, numbered, with its files byte for byte and their
 * hashes, who released it and when. Like statistics releases (migration 11), neither table can
 * be updated or deleted: a submission sent again is a new number, never a rewrite.
 */
const statements: string[] = [
  `create table country_report_releases (
    id uuid primary key,
    document text not null check (document in ('tip', 'greta', 'glotip', 'narrative')),
    year integer not null,
    number integer not null check (number >= 1),
    period jsonb not null,
    released_at timestamptz not null,
    released_by uuid references users (id),
    released_by_name text not null,
    reason text,
    files jsonb not null,
    sha256 text not null,
    unique (document, year, number),
    check ((number = 1) = (reason is null))
  )`,
  `create table country_report_release_files (
    release_id uuid not null references country_report_releases (id),
    name text not null,
    sha256 text not null,
    content bytea not null,
    primary key (release_id, name)
  )`,
  // The function of migration 11 refuses any change and names the table.
  ...['country_report_releases', 'country_report_release_files'].flatMap((table) => [
    `create trigger ${table}_frozen before update or delete on ${table}
      for each row execute function opennrm_statistics_releases_frozen()`,
    `create trigger ${table}_no_truncate before truncate on ${table}
      for each statement execute function opennrm_statistics_releases_frozen()`,
  ]),
];

export const countryReportReleases: Migration = {
  version: 27,
  name: 'country-report-releases',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
