import { sql } from 'kysely';
import { identificationRecordStatements } from './0002-identification-records.ts';
import type { Migration } from './migration.ts';

/**
 * Persons and what identifies them: access shares, duplicate keys, codes, exploitation,
 * screenings, decisions, indicator lists and installation settings. PostgreSQL 15 SQL only.
 */
const personStatements = [
  // gender, arrays and created_by are not null because core's Person always carries them.
  `create table persons (
    id uuid primary key,
    code text not null unique,
    organisation_id uuid not null references organisations (id),
    gender text not null,
    birth_year integer,
    age_band text,
    child_at_identification boolean,
    citizenships text[] not null default '{}',
    languages text[] not null default '{}',
    status text not null check (status in ('presumed', 'identified', 'not_victim')),
    status_body_type text,
    status_decided_at timestamptz,
    state_decided boolean not null default false,
    first_screened_at timestamptz,
    decision_due_at timestamptz,
    given_names_sealed text,
    family_name_sealed text,
    other_names_sealed text,
    birth_date_sealed text,
    documents_sealed text,
    contacts_sealed text,
    addresses_sealed text,
    notes_sealed text,
    sensitive_sealed text,
    created_by uuid not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  // Lists are newest first, usually within one organisation (own_organisation and linked scopes).
  'create index persons_organisation_created on persons (organisation_id, created_at desc)',
  'create index persons_created on persons (created_at desc)',
  'create index persons_status_created on persons (status, created_at desc)',
  'create index persons_gender on persons (gender)',
  'create index persons_age_band on persons (age_band)',
  'create index persons_citizenships on persons using gin (citizenships)',
  // The unique index on code uses the database collation, which LIKE 'prefix%' cannot use.
  'create index persons_code_prefix on persons (code text_pattern_ops)',
  // The overdue list and the NGO-only list each read a small, hot slice of the table.
  `create index persons_overdue on persons (decision_due_at)
    where status = 'presumed' and not state_decided`,
  `create index persons_ngo_only on persons (created_at desc)
    where status = 'identified' and not state_decided`,

  // A share (referral, case) is active while until is null; revoking keeps the history.
  `create table person_access (
    person_id uuid not null references persons (id) on delete cascade,
    organisation_id uuid not null references organisations (id),
    reason text not null,
    since timestamptz not null,
    until timestamptz
  )`,
  `create unique index person_access_active on person_access (person_id, organisation_id)
    where until is null`,
  // The linked-scope list asks "which persons are shared with my organisation now".
  `create index person_access_organisation on person_access (organisation_id, person_id)
    where until is null`,
  'create index person_access_person on person_access (person_id)',

  `create table person_duplicate_keys (
    person_id uuid not null references persons (id) on delete cascade,
    key text not null,
    primary key (person_id, key)
  )`,
  'create index person_duplicate_keys_key on person_duplicate_keys (key)',

  // One row per year; nextCode increments it in a single upsert, so two callers never share a
  // number (the row lock serializes them) and the unique code index backs that up.
  `create table person_code_counters (
    year integer primary key,
    last integer not null
  )`,

  `create table exploitations (
    person_id uuid primary key references persons (id) on delete cascade,
    forms text[] not null default '{}',
    industry text,
    means_of_control text[] not null default '{}',
    recruitment_methods text[] not null default '{}',
    recruiter_relationship text,
    recruitment_countries text[] not null default '{}',
    transit_countries text[] not null default '{}',
    exploitation_countries text[] not null default '{}',
    period_from date,
    period_to date,
    child_at_exploitation boolean,
    updated_by uuid not null,
    updated_at timestamptz not null
  )`,
  'create index exploitations_forms on exploitations using gin (forms)',
];

export const identification: Migration = {
  version: 2,
  name: 'identification',
  async up(db) {
    for (const statement of [...personStatements, ...identificationRecordStatements]) {
      await sql.raw(statement).execute(db);
    }
  },
};
