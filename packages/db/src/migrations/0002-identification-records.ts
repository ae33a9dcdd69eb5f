/**
 * The second half of migration 2 (split only to keep files short): screenings, decisions,
 * indicator lists and configuration. Released together with 0002-identification.ts; never edit.
 */
export const identificationRecordStatements = [
  // user ids carry no foreign key: records must outlive the accounts that wrote them.
  `create table screenings (
    id uuid primary key,
    person_id uuid not null references persons (id) on delete cascade,
    organisation_id uuid not null references organisations (id),
    screener_user_id uuid not null,
    list_key text not null,
    list_version integer not null,
    population text not null check (population in ('adult', 'child')),
    answers jsonb not null,
    result jsonb not null,
    outcome text not null check (outcome in ('presumed_victim', 'not_presumed', 'inconclusive')),
    outcome_reason text,
    screened_at timestamptz not null,
    recorded_at timestamptz not null
  )`,
  'create index screenings_person on screenings (person_id, screened_at)',

  `create table identification_decisions (
    id uuid primary key,
    person_id uuid not null references persons (id) on delete cascade,
    outcome text not null check (outcome in ('identified', 'not_victim')),
    deciding_organisation_id uuid not null references organisations (id),
    deciding_body_type text not null,
    decided_on date not null,
    grounds_sealed text,
    reconsiders uuid references identification_decisions (id),
    recorded_by uuid not null,
    recorded_at timestamptz not null
  )`,
  'create index identification_decisions_person on identification_decisions (person_id, recorded_at)',

  // A (key, version) is written once: screenings name the version that scored them.
  `create table indicator_lists (
    key text not null,
    version integer not null check (version >= 1),
    definition jsonb not null,
    loaded_by uuid,
    loaded_at timestamptz not null,
    primary key (key, version)
  )`,

  `create table configuration (
    key text primary key,
    value jsonb not null,
    updated_at timestamptz not null
  )`,
];
