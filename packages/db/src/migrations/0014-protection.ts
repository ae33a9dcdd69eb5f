import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Protection (core/protection): services delivered to persons, their cooperation with law
 * enforcement as their own choice, reflection periods, residence permits, returns; shelter
 * facilities and stays; funding. Every event has its own day (`*_on`), separate from when it was
 * recorded; the report counts by those days, so each has an index. User ids carry no foreign key
 * (records outlive accounts). Money is numeric(14,2) in major units with an ISO 4217 currency.
 */
const recorded = `recorded_by uuid not null,
    recorded_by_organisation_id uuid not null references organisations (id),
    recorded_at timestamptz not null`;

const statements = [
  `create table protection_services (
    id uuid primary key,
    person_id uuid not null references persons (id) on delete cascade,
    service_type text not null,
    provider_organisation_id uuid not null references organisations (id),
    delivered_on date not null,
    ended_on date check (ended_on >= delivered_on),
    amount numeric(14, 2) check (amount > 0),
    currency text check (currency ~ '^[A-Z]{3}$'),
    outcome text not null
      check (outcome in ('ongoing', 'completed', 'discontinued', 'refused_by_person')),
    referral_id uuid references referrals (id),
    note_sealed text,
    ${recorded},
    check ((amount is null) = (currency is null))
  )`,
  'create index protection_services_person on protection_services (person_id, delivered_on desc)',
  'create index protection_services_delivered on protection_services (delivered_on)',
  `create table protection_cooperation (
    id uuid primary key,
    person_id uuid not null references persons (id) on delete cascade,
    status text not null check (status in ('willing', 'not_willing', 'not_asked')),
    as_of date not null,
    ${recorded}
  )`,
  'create index protection_cooperation_person on protection_cooperation (person_id, as_of desc)',
  `create table protection_reflection_periods (
    id uuid primary key,
    person_id uuid not null references persons (id) on delete cascade,
    started_on date not null,
    ends_on date not null check (ends_on >= started_on + 29),
    granted_by_organisation_id uuid not null references organisations (id),
    ${recorded}
  )`,
  'create index protection_reflection_person on protection_reflection_periods (person_id)',
  'create index protection_reflection_started on protection_reflection_periods (started_on)',
  `create table protection_residence_permits (
    id uuid primary key,
    person_id uuid not null references persons (id) on delete cascade,
    permit_type text not null check (permit_type in ('victim_temporary', 'humanitarian', 'permanent', 'other')),
    status text not null check (status in ('applied', 'granted', 'refused')),
    applied_on date not null,
    decided_on date check (decided_on >= applied_on),
    valid_from date,
    valid_until date check (valid_until >= valid_from),
    ${recorded}
  )`,
  'create index protection_permits_person on protection_residence_permits (person_id)',
  'create index protection_permits_applied on protection_residence_permits (applied_on)',
  'create index protection_permits_decided on protection_residence_permits (decided_on)',
  `create table protection_returns (
    id uuid primary key,
    person_id uuid not null references persons (id) on delete cascade,
    kind text not null check (kind in ('assisted_voluntary_return', 'repatriation', 'deportation', 'removal')),
    country text not null check (country ~ '^[A-Z]{2}$'),
    returned_on date not null,
    person_status text not null check (person_status in ('presumed', 'identified', 'not_victim')),
    ${recorded}
  )`,
  'create index protection_returns_person on protection_returns (person_id)',
  'create index protection_returns_on on protection_returns (returned_on)',

  `create table shelter_facilities (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    name text not null,
    operator_type text not null check (operator_type in ('state', 'ngo', 'international_organisation')),
    region text not null,
    capacity_women integer not null check (capacity_women >= 0),
    capacity_men integer not null check (capacity_men >= 0),
    capacity_children integer not null check (capacity_children >= 0),
    capacity_families integer not null check (capacity_families >= 0),
    specialisations text[] not null default '{}',
    free_movement boolean not null,
    address_sealed text,
    active boolean not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  'create index shelter_facilities_organisation on shelter_facilities (organisation_id)',
  // Occupancy is never stored: it is the count of open stays, taken under a lock on the
  // facility's row when admitting (db/src/stores/shelter-store.ts).
  `create table shelter_stays (
    id uuid primary key,
    facility_id uuid not null references shelter_facilities (id),
    person_id uuid not null references persons (id) on delete cascade,
    resident_group text not null check (resident_group in ('women', 'men', 'children', 'families')),
    admitted_on date not null,
    discharged_on date check (discharged_on >= admitted_on),
    discharge_reason text,
    ${recorded},
    check ((discharged_on is null) = (discharge_reason is null))
  )`,
  'create index shelter_stays_open on shelter_stays (facility_id, resident_group) where discharged_on is null',
  // One open stay per person: a person is in one place at a time.
  'create unique index shelter_stays_person_open on shelter_stays (person_id) where discharged_on is null',
  'create index shelter_stays_person on shelter_stays (person_id, admitted_on desc)',
  'create index shelter_stays_admitted on shelter_stays (admitted_on)',
  'create index shelter_stays_discharged on shelter_stays (discharged_on)',

  `create table funding_budget_lines (
    id uuid primary key,
    year integer not null,
    source text not null check (source in ('state_budget', 'international_donor', 'private_donor', 'other')),
    name text not null,
    amount numeric(14, 2) not null check (amount > 0),
    currency text not null check (currency ~ '^[A-Z]{3}$'),
    ${recorded}
  )`,
  'create index funding_budget_lines_year on funding_budget_lines (year)',
  `create table funding_allocations (
    id uuid primary key,
    budget_line_id uuid not null references funding_budget_lines (id),
    recipient_organisation_id uuid not null references organisations (id),
    recipient_type text not null check (recipient_type in ('state', 'ngo', 'international_organisation')),
    amount numeric(14, 2) not null check (amount > 0),
    currency text not null,
    allocated_on date not null,
    service_type text,
    ${recorded}
  )`,
  'create index funding_allocations_line on funding_allocations (budget_line_id)',
  'create index funding_allocations_on on funding_allocations (allocated_on)',
  `create table funding_disbursements (
    id uuid primary key,
    allocation_id uuid not null references funding_allocations (id),
    amount numeric(14, 2) not null check (amount > 0),
    disbursed_on date not null,
    service_type text,
    ${recorded}
  )`,
  'create index funding_disbursements_allocation on funding_disbursements (allocation_id)',
  'create index funding_disbursements_on on funding_disbursements (disbursed_on)',
];

export const protection: Migration = {
  version: 14,
  name: 'protection',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
