import type { Exploitation, IdentificationDecision, Person, Screening } from '@opennrm/core';
import type { ColumnType, Generated, Selectable } from 'kysely';

/**
 * Tables of identification (persons, screenings, decisions, indicator lists, configuration).
 * jsonb columns are written as JSON strings (so arrays are never mistaken for PostgreSQL arrays)
 * and read as values; `date` columns are read as 'YYYY-MM-DD' strings on both backends.
 */
export interface IdentificationTables {
  persons: PersonsTable;
  person_access: PersonAccessTable;
  person_duplicate_keys: PersonDuplicateKeysTable;
  person_code_counters: PersonCodeCountersTable;
  exploitations: ExploitationsTable;
  screenings: ScreeningsTable;
  identification_decisions: IdentificationDecisionsTable;
  indicator_lists: IndicatorListsTable;
  indicator_list_verifications: IndicatorListVerificationsTable;
  configuration: ConfigurationTable;
}

type Json<T> = ColumnType<T, string, string>;

export interface PersonsTable {
  id: string;
  code: string;
  organisation_id: string;
  gender: Person['gender'];
  birth_year: number | null;
  age_band: Person['ageBand'];
  child_at_identification: boolean | null;
  citizenships: string[];
  languages: string[];
  status: Person['status'];
  status_body_type: Person['statusBodyType'];
  status_decided_at: Date | null;
  state_decided: boolean;
  first_screened_at: Date | null;
  decision_due_at: Date | null;
  /** Reporting dates kept by triggers (migration 4): first presumed screening, first identified and first decision. */
  presumed_at: Generated<Date | null>;
  identified_on: Generated<string | null>;
  first_decided_on: Generated<string | null>;
  /** First decision by a state body (migration 13): "identified by the state" as at a period's end. */
  state_decided_on: Generated<string | null>;
  given_names_sealed: string | null;
  family_name_sealed: string | null;
  other_names_sealed: string | null;
  birth_date_sealed: string | null;
  documents_sealed: string | null;
  contacts_sealed: string | null;
  addresses_sealed: string | null;
  notes_sealed: string | null;
  sensitive_sealed: string | null;
  /** Migration 32: when retention or an erasure destroyed what identifies the person. */
  anonymised_at: Generated<Date | null>;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

export interface PersonAccessTable {
  person_id: string;
  organisation_id: string;
  reason: string;
  since: Date;
  until: Date | null;
  share_identity: Generated<boolean>;
  consent_id: string | null;
  child_rule: Generated<boolean>;
  override_reason: string | null;
  granted_by: string | null;
}

export interface PersonDuplicateKeysTable {
  person_id: string;
  key: string;
}

export interface PersonCodeCountersTable {
  year: number;
  last: number;
}

export interface ExploitationsTable {
  person_id: string;
  forms: Exploitation['forms'];
  industry: string | null;
  sex_exploitation_types: Exploitation['sexExploitationTypes'];
  means_of_control: Exploitation['meansOfControl'];
  recruitment_methods: Exploitation['recruitmentMethods'];
  recruiter_relationship: Exploitation['recruiterRelationship'];
  recruitment_countries: string[];
  transit_countries: string[];
  exploitation_countries: string[];
  period_from: string | null;
  period_to: string | null;
  child_at_exploitation: boolean | null;
  updated_by: string;
  updated_at: Date;
}

export interface ScreeningsTable {
  id: string;
  person_id: string;
  organisation_id: string;
  screener_user_id: string;
  list_key: string;
  list_version: number;
  /** Has a default (unverified) for rows written in bulk by older code; the store always sets it. */
  list_status: ColumnType<Screening['listStatus'], Screening['listStatus'] | undefined, never>;
  population: Screening['population'];
  answers: Json<Screening['answers']>;
  result: Json<Screening['result']>;
  outcome: Screening['outcome'];
  outcome_reason: string | null;
  screened_at: Date;
  recorded_at: Date;
}

export interface IdentificationDecisionsTable {
  id: string;
  person_id: string;
  outcome: IdentificationDecision['outcome'];
  deciding_organisation_id: string;
  deciding_body_type: IdentificationDecision['decidingBodyType'];
  decided_on: string;
  grounds_sealed: string | null;
  reconsiders: string | null;
  recorded_by: string;
  recorded_at: Date;
}

export interface IndicatorListsTable {
  key: string;
  version: number;
  definition: Json<Record<string, unknown>>;
  loaded_by: string | null;
  loaded_at: Date;
}

/** Migration 0018: who checked a list version against which document (once per version). */
export interface IndicatorListVerificationsTable {
  key: string;
  version: number;
  verified_by: string | null;
  verified_by_name: string;
  verified_at: Date;
  document: string;
  page: string | null;
  note: string | null;
}

export interface ConfigurationTable {
  key: string;
  value: Json<unknown>;
  updated_at: Date;
}

export type PersonRow = Selectable<PersonsTable>;
export type ExploitationRow = Selectable<ExploitationsTable>;
export type ScreeningRow = Selectable<ScreeningsTable>;
export type DecisionRow = Selectable<IdentificationDecisionsTable>;
