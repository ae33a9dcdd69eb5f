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
  ShelterSpecialisation,
} from './protection-vocabulary.ts';

/** Who recorded a record and when (the event's own day is a separate field on each record). */
export interface RecordedBy {
  recordedBy: string;
  recordedByOrganisationId: string;
  recordedAt: Date;
}

/** One service a person received: an allowance paid, a job found, a course, counselling. */
export interface ServiceDelivery extends RecordedBy {
  id: string;
  personId: string;
  serviceType: ServiceType;
  providerOrganisationId: string;
  /** The day delivery began (a one-off payment: the day it was paid). */
  deliveredOn: string;
  /** The day it ended; null while ongoing or for a one-off. */
  endedOn: string | null;
  /** Money given to the person, in major units (400.00 manat), with its ISO 4217 currency. */
  amount: number | null;
  currency: string | null;
  outcome: ServiceOutcome;
  /** The referral that asked for it: the delivery fulfils that request. */
  referralId: string | null;
  noteSealed: string | null;
}

/** The person's own choice about cooperating with law enforcement, as of a day. */
export interface CooperationRecord extends RecordedBy {
  id: string;
  personId: string;
  status: CooperationStatus;
  asOf: string;
}

export interface ReflectionPeriod extends RecordedBy {
  id: string;
  personId: string;
  startedOn: string;
  endsOn: string;
  grantedByOrganisationId: string;
}

export interface ResidencePermit extends RecordedBy {
  id: string;
  personId: string;
  permitType: ResidencePermitType;
  status: ResidencePermitStatus;
  appliedOn: string;
  decidedOn: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

export interface ReturnRecord extends RecordedBy {
  id: string;
  personId: string;
  kind: ReturnKind;
  /** ISO 3166-1 alpha-2 of the country the person went to. */
  country: string;
  returnedOn: string;
  /** The person's standing when it happened: what makes a forced return an alarm. */
  personStatus: 'presumed' | 'identified' | 'not_victim';
}

export type Capacity = Record<ResidentGroup, number>;

/** A shelter or other place where victims stay. Its address is where victims are: sealed. */
export interface Facility {
  id: string;
  organisationId: string;
  name: string;
  operatorType: OperatorType;
  region: string;
  capacity: Capacity;
  specialisations: ShelterSpecialisation[];
  /** Whether residents may come and go freely (a closed shelter is detention in all but name). */
  freeMovement: boolean;
  addressSealed: string | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** Open stays per group, counted from the stays themselves (never a stored counter). */
export type Occupancy = Record<ResidentGroup, number>;

export interface FacilityWithOccupancy extends Facility {
  occupancy: Occupancy;
}

export interface ShelterStay extends RecordedBy {
  id: string;
  facilityId: string;
  personId: string;
  residentGroup: ResidentGroup;
  admittedOn: string;
  dischargedOn: string | null;
  dischargeReason: DischargeReason | null;
}

export interface BudgetLine extends RecordedBy {
  id: string;
  year: number;
  source: FundingSource;
  name: string;
  amount: number;
  currency: string;
}

export interface Allocation extends RecordedBy {
  id: string;
  budgetLineId: string;
  recipientOrganisationId: string;
  recipientType: OperatorType;
  amount: number;
  currency: string;
  allocatedOn: string;
  /** What it pays for, where known. */
  serviceType: ServiceType | null;
}

export interface Disbursement extends RecordedBy {
  id: string;
  allocationId: string;
  amount: number;
  disbursedOn: string;
  serviceType: ServiceType | null;
}

export function serviceNoteAad(id: string): string {
  return `protection_service.note.${id}`;
}

export function facilityAddressAad(id: string): string {
  return `shelter_facility.address.${id}`;
}
