import type {
  Allocation,
  BudgetLine,
  CooperationRecord,
  Disbursement,
  Facility,
  FacilityWithOccupancy,
  ReflectionPeriod,
  ResidencePermit,
  ReturnRecord,
  ServiceDelivery,
  ShelterStay,
} from './protection.ts';
import type { DischargeReason } from './protection-vocabulary.ts';

/** A person's protection records (services, cooperation, reflection, permits, returns). */
export interface ProtectionStore {
  addService(service: ServiceDelivery): Promise<void>;
  addCooperation(record: CooperationRecord): Promise<void>;
  addReflectionPeriod(period: ReflectionPeriod): Promise<void>;
  addResidencePermit(permit: ResidencePermit): Promise<void>;
  addReturn(record: ReturnRecord): Promise<void>;
  /** Everything of one person, each list newest event first. */
  forPerson(personId: string): Promise<PersonProtection>;
}

export interface PersonProtection {
  services: ServiceDelivery[];
  cooperation: CooperationRecord[];
  reflectionPeriods: ReflectionPeriod[];
  residencePermits: ResidencePermit[];
  returns: ReturnRecord[];
  stays: ShelterStay[];
}

export type AdmitOutcome = 'admitted' | 'full' | 'already_resident';

export interface ShelterStore {
  createFacility(facility: Facility): Promise<void>;
  updateFacility(id: string, patch: Partial<Omit<Facility, 'id' | 'createdAt'>>): Promise<number>;
  getFacility(id: string): Promise<FacilityWithOccupancy | undefined>;
  /** Active and inactive facilities with their current occupancy, by name. */
  listFacilities(): Promise<FacilityWithOccupancy[]>;
  /**
   * Admits when the group has a free place, deciding under a lock on the facility's row so that
   * concurrent admissions are counted one after the other; a person has one open stay at most.
   */
  admit(stay: ShelterStay, capacity: number): Promise<AdmitOutcome>;
  getStay(id: string): Promise<ShelterStay | undefined>;
  /** Compare-and-set: only an open stay is discharged; returns the rows changed. */
  discharge(id: string, on: string, reason: DischargeReason): Promise<number>;
  /** The facility's open stays, oldest admission first. */
  listOpenStays(facilityId: string): Promise<ShelterStay[]>;
}

export interface FundingStore {
  createBudgetLine(line: BudgetLine): Promise<void>;
  getBudgetLine(id: string): Promise<BudgetLine | undefined>;
  createAllocation(allocation: Allocation): Promise<void>;
  getAllocation(id: string): Promise<Allocation | undefined>;
  createDisbursement(disbursement: Disbursement): Promise<void>;
  /** Budget lines of a year with their allocations and disbursements. */
  listYear(
    year: number,
  ): Promise<{ lines: BudgetLine[]; allocations: Allocation[]; disbursements: Disbursement[] }>;
  /** Sum already allocated from a line, or disbursed from an allocation (under a row lock on it). */
  allocatedFrom(budgetLineId: string): Promise<number>;
  disbursedFrom(allocationId: string): Promise<number>;
}
