import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * The country report (issue 15): the editor's text of each part of the narrative, kept beside
 * the draft it was made from, and the coordinator's verdict and notes per minimum-standards
 * criterion. Aggregates only: no row is about a person. `version` is the compare-and-set token.
 */
const statements: string[] = [
  `create table country_report_edits (
    year integer not null,
    locale text not null,
    part text not null,
    draft text not null,
    edited text not null,
    version integer not null check (version > 0),
    edited_by uuid references users (id),
    edited_at timestamptz not null,
    primary key (year, locale, part)
  )`,
  `create table country_report_assessments (
    year integer not null,
    criterion text not null,
    verdict text not null check (verdict in ('improved', 'unchanged', 'worse', 'no_data')),
    notes text not null,
    version integer not null check (version > 0),
    assessed_by uuid references users (id),
    assessed_at timestamptz not null,
    primary key (year, criterion)
  )`,
];

export const countryReport: Migration = {
  version: 22,
  name: 'country-report',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
