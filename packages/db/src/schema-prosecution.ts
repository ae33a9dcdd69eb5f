import type {
  AdministrativeMeasure,
  CaseVictimRole,
  CloseReason,
  DefendantAgeBand,
  DefendantKind,
  DefendantSex,
  DefendantStage,
  ExploitationForm,
  OpeningBody,
  ProtectionMeasure,
  Sentence,
  Verdict,
  VictimPenalty,
} from '@opennrm/core';
import type { ColumnType } from 'kysely';

/**
 * Tables of criminal cases (migration 15). `date` columns are read as 'YYYY-MM-DD' strings;
 * `numeric` as strings (the store turns them into numbers).
 */
export interface ProsecutionTables {
  criminal_cases: CriminalCasesTable;
  case_victims: CaseVictimsTable;
  case_defendants: CaseDefendantsTable;
  defendant_stages: DefendantStagesTable;
  administrative_measures: AdministrativeMeasuresTable;
  victim_penalties: VictimPenaltiesTable;
  compensation_payments: CompensationPaymentsTable;
  case_first_named: CaseFirstNamedTable;
}

/** Kept by triggers for the pending-cases figure (migration 42); never written by the app. */
export interface CaseFirstNamedTable {
  case_id: string;
  /** When the case's first defendant was named (investigated_on); null: nobody yet. */
  first_named_on: string | null;
}

export interface CriminalCasesTable {
  id: string;
  organisation_id: string;
  reference: string;
  opened_by: OpeningBody;
  opened_on: string;
  legal_basis: string[];
  exploitation_forms: ExploitationForm[];
  /** Kept by PostgreSQL from exploitation_forms (migration 38); never written. */
  exploitation_group: ColumnType<string, never, never>;
  official_flag: boolean;
  complicity: boolean;
  prosecutor_user_id: string | null;
  prosecutor_organisation_id: string | null;
  alert_ids: string[];
  version: number;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

export interface CaseVictimsTable {
  case_id: string;
  person_id: string;
  role: CaseVictimRole;
  testified: boolean;
  testified_on: string | null;
  protection_measures: ProtectionMeasure[];
  linked_at: Date;
}

export interface CaseDefendantsTable {
  id: string;
  case_id: string;
  kind: DefendantKind;
  name_sealed: string;
  sex: DefendantSex;
  age_band: DefendantAgeBand;
  citizenship: string | null;
  public_official: boolean;
  public_function: string | null;
  stage: DefendantStage;
  investigated_on: string;
  charged_on: string | null;
  trial_on: string | null;
  verdict: Verdict | null;
  verdict_on: string | null;
  close_reason: CloseReason | null;
  sentenced_on: string | null;
  prison_months: number | null;
  suspended: boolean | null;
  fine: string | number | null;
  confiscation: boolean | null;
  compensation_ordered: string | number | null;
  compensation_paid: string | number | null;
  sentence_replaced: number;
  sentence_reduced: boolean;
  appealed_on: string | null;
  final_on: string | null;
  /** Kept from the case's exploitation_group by triggers (migration 40); never written. */
  case_exploitation: ColumnType<string | null, never, never>;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface DefendantStagesTable {
  id: string;
  defendant_id: string;
  stage: DefendantStage;
  occurred_on: string;
  verdict: Verdict | null;
  close_reason: CloseReason | null;
  /** jsonb: written as JSON text, read as the object. */
  sentence: ColumnType<Sentence | null, string | null, string | null>;
  replaces_stage_id: string | null;
  recorded_by: string;
  recorded_at: Date;
}

export interface AdministrativeMeasuresTable {
  id: string;
  defendant_id: string;
  measure: AdministrativeMeasure;
  decided_on: string;
  recorded_by: string;
  recorded_at: Date;
}

export interface VictimPenaltiesTable {
  id: string;
  person_id: string;
  organisation_id: string;
  penalty: VictimPenalty;
  occurred_on: string;
  recorded_by: string;
  recorded_at: Date;
}

/** Migration 20: compensation paid to victims under a sentence, by the day it was paid. */
export interface CompensationPaymentsTable {
  id: string;
  defendant_id: string;
  amount: string | number;
  paid_on: string;
  recorded_by: string;
  recorded_at: Date;
}
