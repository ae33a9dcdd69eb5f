import type {
  CooperationStatus,
  DischargeReason,
  FundingSource,
  OperatorType,
  ResidencePermitStatus,
  ResidencePermitType,
  ResidentGroup,
  ReturnKind,
  ServiceOutcome,
  ServiceType,
} from '@opennrm/core';
import type { ColumnType } from 'kysely';

/**
 * Tables of protection (migration 14). `date` columns come back as 'YYYY-MM-DD' strings;
 * numeric amounts as strings on PostgreSQL, so stores select them cast to float8.
 */
export interface ProtectionTables {
  protection_services: ProtectionServicesTable;
  protection_cooperation: ProtectionCooperationTable;
  protection_reflection_periods: ProtectionReflectionPeriodsTable;
  protection_residence_permits: ProtectionResidencePermitsTable;
  protection_returns: ProtectionReturnsTable;
  shelter_facilities: ShelterFacilitiesTable;
  shelter_stays: ShelterStaysTable;
  funding_budget_lines: FundingBudgetLinesTable;
  funding_allocations: FundingAllocationsTable;
  funding_disbursements: FundingDisbursementsTable;
}

type Money = ColumnType<string | number, number, number>;

interface Recorded {
  recorded_by: string;
  recorded_by_organisation_id: string;
  recorded_at: Date;
}

export interface ProtectionServicesTable extends Recorded {
  id: string;
  person_id: string;
  service_type: ServiceType;
  provider_organisation_id: string;
  delivered_on: string;
  ended_on: string | null;
  amount: ColumnType<string | number | null, number | null, number | null>;
  currency: string | null;
  outcome: ServiceOutcome;
  referral_id: string | null;
  note_sealed: string | null;
}

export interface ProtectionCooperationTable extends Recorded {
  id: string;
  person_id: string;
  status: CooperationStatus;
  as_of: string;
}

export interface ProtectionReflectionPeriodsTable extends Recorded {
  id: string;
  person_id: string;
  started_on: string;
  ends_on: string;
  granted_by_organisation_id: string;
}

export interface ProtectionResidencePermitsTable extends Recorded {
  id: string;
  person_id: string;
  permit_type: ResidencePermitType;
  status: ResidencePermitStatus;
  applied_on: string;
  decided_on: string | null;
  valid_from: string | null;
  valid_until: string | null;
}

export interface ProtectionReturnsTable extends Recorded {
  id: string;
  person_id: string;
  kind: ReturnKind;
  country: string;
  returned_on: string;
  person_status: 'presumed' | 'identified' | 'not_victim';
}

export interface ShelterFacilitiesTable {
  id: string;
  organisation_id: string;
  name: string;
  operator_type: OperatorType;
  region: string;
  capacity_women: number;
  capacity_men: number;
  capacity_children: number;
  capacity_families: number;
  specialisations: string[];
  free_movement: boolean;
  address_sealed: string | null;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

export interface ShelterStaysTable extends Recorded {
  id: string;
  facility_id: string;
  person_id: string;
  resident_group: ResidentGroup;
  admitted_on: string;
  discharged_on: string | null;
  discharge_reason: DischargeReason | null;
}

export interface FundingBudgetLinesTable extends Recorded {
  id: string;
  year: number;
  source: FundingSource;
  name: string;
  amount: Money;
  currency: string;
}

export interface FundingAllocationsTable extends Recorded {
  id: string;
  budget_line_id: string;
  recipient_organisation_id: string;
  recipient_type: OperatorType;
  amount: Money;
  currency: string;
  allocated_on: string;
  service_type: ServiceType | null;
}

export interface FundingDisbursementsTable extends Recorded {
  id: string;
  allocation_id: string;
  amount: Money;
  disbursed_on: string;
  service_type: ServiceType | null;
}
