import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Prevention and coordination (issue 14): awareness activities, trainings of officials, demand
 * reduction and recruitment oversight, hotline contacts; the national action plan (objectives,
 * activities, indicators, progress reports, evaluations) and recommendations with their status
 * by year. Each event carries the day it happened (held_on, started_on, contacted_on) beside
 * created_at; the statistics select rows by that day, hence the indexes. No row is about a
 * person except a hotline contact's optional link, and the caller's identity is sealed.
 */
const statements: string[] = [
  `create table awareness_activities (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    held_on date not null,
    title text not null,
    place_code text not null,
    region text not null,
    audience text not null,
    language text not null,
    channel text not null,
    materials text[] not null default '{}',
    reach integer check (reach >= 0),
    organiser text not null,
    created_by uuid not null,
    created_at timestamptz not null
  )`,
  'create index awareness_activities_held_on on awareness_activities (held_on)',
  'create index awareness_activities_org on awareness_activities (organisation_id, held_on desc)',
  `create table official_trainings (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    started_on date not null,
    ended_on date not null check (ended_on >= started_on),
    title text not null,
    topic text not null,
    organiser text not null,
    place_code text,
    created_by uuid not null,
    created_at timestamptz not null
  )`,
  'create index official_trainings_started_on on official_trainings (started_on)',
  'create index official_trainings_org on official_trainings (organisation_id, started_on desc)',
  `create table official_training_participants (
    training_id uuid not null references official_trainings (id) on delete cascade,
    body_type text not null,
    participants integer not null check (participants >= 0),
    primary key (training_id, body_type)
  )`,
  `create table oversight_activities (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    kind text not null,
    held_on date not null,
    subject text not null,
    place_code text,
    inspections integer not null check (inspections >= 0),
    violations_found integer not null check (violations_found >= 0),
    employers_sanctioned integer not null check (employers_sanctioned >= 0),
    licences_revoked integer not null check (licences_revoked >= 0),
    created_by uuid not null,
    created_at timestamptz not null
  )`,
  'create index oversight_activities_held_on on oversight_activities (held_on)',
  'create index oversight_activities_org on oversight_activities (organisation_id, held_on desc)',
  `create table hotline_contacts (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    contacted_at timestamptz not null,
    contacted_on date not null,
    channel text not null,
    language text not null,
    caller_type text not null,
    topic text not null,
    outcome text not null,
    referred_to_organisation_id uuid references organisations (id),
    alert_id uuid references alerts (id),
    person_id uuid references persons (id),
    caller_identity_sealed text,
    notes_sealed text,
    created_by uuid not null,
    created_at timestamptz not null
  )`,
  'create index hotline_contacts_contacted_on on hotline_contacts (contacted_on)',
  'create index hotline_contacts_org on hotline_contacts (organisation_id, contacted_at desc)',
  `create table action_plans (
    id uuid primary key,
    title text not null,
    start_year integer not null,
    end_year integer not null check (end_year >= start_year),
    adopted_on date,
    created_at timestamptz not null
  )`,
  `create table plan_objectives (
    id uuid primary key,
    plan_id uuid not null references action_plans (id),
    code text not null,
    title text not null,
    unique (plan_id, code)
  )`,
  `create table plan_activities (
    id uuid primary key,
    plan_id uuid not null references action_plans (id),
    objective_id uuid not null references plan_objectives (id),
    code text not null,
    title text not null,
    responsible_organisation_id uuid not null references organisations (id),
    partner_organisation_ids uuid[] not null default '{}',
    deadline date not null,
    budget_amount numeric(16, 2) check (budget_amount >= 0),
    budget_currency text,
    completed_on date,
    unique (plan_id, code)
  )`,
  'create index plan_activities_deadline on plan_activities (deadline)',
  `create table plan_indicators (
    id uuid primary key,
    plan_id uuid not null references action_plans (id),
    activity_id uuid references plan_activities (id),
    name text not null,
    unit text not null,
    source jsonb not null,
    baseline numeric(16, 2),
    baseline_year integer,
    direction text not null check (direction in ('at_least', 'at_most')),
    targets jsonb not null default '{}',
    "values" jsonb not null default '{}'
  )`,
  `create table plan_progress_reports (
    id uuid primary key,
    activity_id uuid not null references plan_activities (id),
    year integer not null,
    status text not null check (status in ('not_started', 'in_progress', 'done', 'delayed')),
    narrative text not null,
    evidence jsonb not null default '[]',
    organisation_id uuid not null references organisations (id),
    reported_by uuid not null,
    reported_on date not null,
    created_at timestamptz not null,
    unique (activity_id, year)
  )`,
  `create table plan_evaluations (
    id uuid primary key,
    plan_id uuid not null references action_plans (id),
    kind text not null check (kind in ('internal', 'independent')),
    evaluator text not null,
    completed_on date not null,
    findings text not null,
    created_at timestamptz not null
  )`,
  `create table recommendations (
    id uuid primary key,
    source text not null check (source in ('tip_report', 'greta', 'treaty_body', 'own_evaluation')),
    source_year integer not null,
    source_reference text not null,
    number integer not null,
    text text not null,
    responsible_organisation_ids uuid[] not null default '{}',
    created_at timestamptz not null,
    unique (source_reference, number)
  )`,
  `create table recommendation_years (
    recommendation_id uuid not null references recommendations (id),
    year integer not null,
    status text not null check (status in ('not_started', 'in_progress', 'partly_implemented', 'implemented')),
    actions text not null,
    evidence jsonb not null default '[]',
    updated_by uuid not null,
    updated_at timestamptz not null,
    primary key (recommendation_id, year)
  )`,
];

export const prevention: Migration = {
  version: 16,
  name: 'prevention',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
