import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Criminal cases (core/src/prosecution): the case, its linked victims, its defendants with the
 * day each stage first happened and their latest sentence (what the statistics read, each by an
 * indexed date column), every stage as history (a replaced sentence stays there), administrative
 * measures against complicit officials, and victims penalised for what they were compelled to
 * do. Dates of events are `date` columns beside `*_at` recording times.
 */
const statements: string[] = [
  `create table criminal_cases (
    id uuid primary key,
    organisation_id uuid not null references organisations(id),
    reference text not null,
    opened_by text not null,
    opened_on date not null,
    legal_basis text[] not null,
    exploitation_forms text[] not null,
    official_flag boolean not null,
    complicity boolean not null,
    prosecutor_user_id uuid references users(id),
    prosecutor_organisation_id uuid references organisations(id),
    alert_ids uuid[] not null default '{}',
    version integer not null,
    created_by uuid not null references users(id),
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  'create index criminal_cases_organisation on criminal_cases (organisation_id, opened_on desc)',
  'create index criminal_cases_prosecutor_organisation on criminal_cases (prosecutor_organisation_id)',
  'create index criminal_cases_prosecutor_user on criminal_cases (prosecutor_user_id) where complicity',
  'create index criminal_cases_opened_on on criminal_cases (opened_on)',
  `create table case_victims (
    case_id uuid not null references criminal_cases(id),
    person_id uuid not null references persons(id),
    role text not null,
    testified boolean not null,
    protection_measures text[] not null,
    linked_at timestamptz not null,
    primary key (case_id, person_id)
  )`,
  'create index case_victims_person on case_victims (person_id)',
  `create table case_defendants (
    id uuid primary key,
    case_id uuid not null references criminal_cases(id),
    kind text not null,
    name_sealed text not null,
    sex text not null,
    age_band text not null,
    citizenship text,
    public_official boolean not null,
    public_function text,
    stage text not null,
    investigated_on date not null,
    charged_on date,
    trial_on date,
    verdict text,
    verdict_on date,
    close_reason text,
    sentenced_on date,
    prison_months integer,
    suspended boolean,
    fine numeric(16, 2),
    confiscation boolean,
    compensation_ordered numeric(16, 2),
    compensation_paid numeric(16, 2),
    sentence_replaced integer not null default 0,
    sentence_reduced boolean not null default false,
    appealed_on date,
    final_on date,
    version integer not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    check (charged_on is null or charged_on >= investigated_on),
    check (verdict_on is null or verdict_on >= investigated_on),
    check (sentenced_on is null or verdict_on is not null and sentenced_on >= verdict_on)
  )`,
  'create index case_defendants_case on case_defendants (case_id)',
  'create index case_defendants_investigated_on on case_defendants (investigated_on)',
  'create index case_defendants_charged_on on case_defendants (charged_on)',
  'create index case_defendants_verdict_on on case_defendants (verdict_on)',
  'create index case_defendants_sentenced_on on case_defendants (sentenced_on)',
  'create index case_defendants_final_on on case_defendants (final_on)',
  `create table defendant_stages (
    id uuid primary key,
    defendant_id uuid not null references case_defendants(id),
    stage text not null,
    occurred_on date not null,
    verdict text,
    close_reason text,
    sentence jsonb,
    replaces_stage_id uuid references defendant_stages(id),
    recorded_by uuid not null references users(id),
    recorded_at timestamptz not null
  )`,
  'create index defendant_stages_defendant on defendant_stages (defendant_id, occurred_on)',
  `create table administrative_measures (
    id uuid primary key,
    defendant_id uuid not null references case_defendants(id),
    measure text not null,
    decided_on date not null,
    recorded_by uuid not null references users(id),
    recorded_at timestamptz not null
  )`,
  'create index administrative_measures_defendant on administrative_measures (defendant_id)',
  'create index administrative_measures_decided_on on administrative_measures (decided_on)',
  `create table victim_penalties (
    id uuid primary key,
    person_id uuid not null references persons(id),
    organisation_id uuid not null references organisations(id),
    penalty text not null,
    occurred_on date not null,
    recorded_by uuid not null references users(id),
    recorded_at timestamptz not null
  )`,
  'create index victim_penalties_person on victim_penalties (person_id)',
  'create index victim_penalties_occurred_on on victim_penalties (occurred_on)',
];

export const prosecution: Migration = {
  version: 15,
  name: 'prosecution',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
