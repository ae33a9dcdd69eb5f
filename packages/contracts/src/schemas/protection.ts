import { z } from '@hono/zod-openapi';
import {
  cooperationStatuses,
  dischargeReasons,
  fundingSources,
  operatorTypes,
  residencePermitStatuses,
  residencePermitTypes,
  residentGroups,
  returnKinds,
  serviceOutcomes,
  serviceTypes,
  shelterSpecialisations,
} from '@opennrm/core/vocabulary';
import { Timestamp, text, Uuid } from './common.ts';
import { Country, IsoDate } from './person.ts';

export const ServiceType = z.enum(serviceTypes).openapi('ServiceType');
export const OperatorType = z.enum(operatorTypes).openapi('OperatorType');
const Currency = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217, e.g. AZN');
const Amount = z.number().positive().max(999_999_999_999);

const recorded = { recordedByOrganisationId: Uuid, recordedAt: Timestamp };

export const ServiceDelivery = z
  .object({
    id: Uuid,
    personId: Uuid,
    serviceType: ServiceType,
    providerOrganisationId: Uuid,
    deliveredOn: IsoDate,
    endedOn: IsoDate.nullable(),
    amount: z.number().nullable(),
    currency: z.string().nullable(),
    outcome: z.enum(serviceOutcomes),
    referralId: Uuid.nullable(),
    note: z.string().nullable(),
    ...recorded,
  })
  .openapi('ServiceDelivery');

export const RecordServiceBody = z
  .strictObject({
    serviceType: ServiceType,
    providerOrganisationId: Uuid.optional(),
    deliveredOn: IsoDate,
    endedOn: IsoDate.nullable().optional(),
    amount: Amount.nullable().optional(),
    currency: Currency.nullable().optional(),
    outcome: z.enum(serviceOutcomes),
    referralId: Uuid.nullable().optional(),
    note: text(2000).nullable().optional(),
  })
  .openapi('RecordService');

export const Cooperation = z
  .object({ id: Uuid, personId: Uuid, status: z.enum(cooperationStatuses), asOf: IsoDate, ...recorded })
  .openapi('Cooperation');
export const RecordCooperationBody = z
  .strictObject({ status: z.enum(cooperationStatuses), asOf: IsoDate })
  .openapi('RecordCooperation');

export const ReflectionPeriod = z
  .object({
    id: Uuid,
    personId: Uuid,
    startedOn: IsoDate,
    endsOn: IsoDate,
    grantedByOrganisationId: Uuid,
    ...recorded,
  })
  .openapi('ReflectionPeriod');
export const RecordReflectionBody = z
  .strictObject({ startedOn: IsoDate, endsOn: IsoDate, grantedByOrganisationId: Uuid.optional() })
  .openapi('RecordReflectionPeriod');

export const ResidencePermit = z
  .object({
    id: Uuid,
    personId: Uuid,
    permitType: z.enum(residencePermitTypes),
    status: z.enum(residencePermitStatuses),
    appliedOn: IsoDate,
    decidedOn: IsoDate.nullable(),
    validFrom: IsoDate.nullable(),
    validUntil: IsoDate.nullable(),
    ...recorded,
  })
  .openapi('ResidencePermit');
export const RecordPermitBody = z
  .strictObject({
    permitType: z.enum(residencePermitTypes),
    status: z.enum(residencePermitStatuses),
    appliedOn: IsoDate,
    decidedOn: IsoDate.nullable().optional(),
    validFrom: IsoDate.nullable().optional(),
    validUntil: IsoDate.nullable().optional(),
  })
  .openapi('RecordResidencePermit');

export const ReturnRecord = z
  .object({
    id: Uuid,
    personId: Uuid,
    kind: z.enum(returnKinds),
    country: z.string(),
    returnedOn: IsoDate,
    personStatus: z.enum(['presumed', 'identified', 'not_victim']),
    ...recorded,
  })
  .openapi('ReturnRecord');
export const RecordReturnBody = z
  .strictObject({ kind: z.enum(returnKinds), country: Country, returnedOn: IsoDate })
  .openapi('RecordReturn');

export const StayView = z
  .object({
    id: Uuid,
    facilityId: Uuid.nullable().openapi({ description: 'Null unless you may know where the person is.' }),
    facilityName: z.string().nullable(),
    operatorType: z.enum(operatorTypes).nullable(),
    personId: Uuid,
    residentGroup: z.enum(residentGroups),
    admittedOn: IsoDate,
    dischargedOn: IsoDate.nullable(),
    dischargeReason: z.enum(dischargeReasons).nullable(),
  })
  .openapi('StayView');

export const PersonSupport = z
  .object({
    services: z.array(ServiceDelivery),
    cooperation: z.array(Cooperation),
    cooperationNow: Cooperation.nullable(),
    reflectionPeriods: z.array(ReflectionPeriod),
    residencePermits: z.array(ResidencePermit),
    returns: z.array(ReturnRecord),
    stays: z.array(StayView),
  })
  .openapi('PersonSupport');

export const ProtectionSettings = z
  .object({ serviceTypes: z.array(ServiceType), defaultCurrency: z.string() })
  .openapi('ProtectionSettings');
export const UpdateProtectionSettingsBody = z
  .strictObject({
    serviceTypes: z.array(ServiceType).min(1).max(20).optional(),
    defaultCurrency: Currency.optional(),
  })
  .openapi('UpdateProtectionSettings');

const Capacity = z.strictObject({
  women: z.int().min(0).max(10_000),
  men: z.int().min(0).max(10_000),
  children: z.int().min(0).max(10_000),
  families: z.int().min(0).max(10_000),
});

export const Facility = z
  .object({
    id: Uuid,
    organisationId: Uuid,
    name: z.string(),
    operatorType: OperatorType,
    region: z.string(),
    capacity: Capacity,
    occupancy: Capacity,
    specialisations: z.array(z.enum(shelterSpecialisations)),
    freeMovement: z.boolean(),
    hasAddress: z.boolean(),
    active: z.boolean(),
    may: z.object({
      update: z.boolean(),
      readResidents: z.boolean(),
      admit: z.boolean(),
      discharge: z.boolean(),
      revealAddress: z.boolean(),
    }),
  })
  .openapi('Facility');

export const CreateFacilityBody = z
  .strictObject({
    organisationId: Uuid,
    name: text(200),
    operatorType: OperatorType,
    region: text(120),
    capacity: Capacity,
    specialisations: z.array(z.enum(shelterSpecialisations)).max(10),
    freeMovement: z.boolean(),
    address: text(500).nullable().optional(),
    active: z.boolean().optional(),
  })
  .openapi('CreateFacility');
export const UpdateFacilityBody = CreateFacilityBody.omit({ organisationId: true })
  .partial()
  .openapi('UpdateFacility');

export const Resident = z
  .object({
    id: Uuid,
    personId: Uuid,
    personCode: z.string(),
    residentGroup: z.enum(residentGroups),
    admittedOn: IsoDate,
  })
  .openapi('Resident');

export const ShelterBoard = z
  .object({
    facilities: z.array(Facility),
    national: z.object({ capacity: Capacity, occupancy: Capacity }),
    regions: z.array(
      z.object({ region: z.string(), facilities: z.int(), capacity: z.int(), occupancy: z.int() }),
    ),
  })
  .openapi('ShelterBoard');

export const Stay = z
  .object({
    id: Uuid,
    facilityId: Uuid,
    personId: Uuid,
    residentGroup: z.enum(residentGroups),
    admittedOn: IsoDate,
    dischargedOn: IsoDate.nullable(),
    dischargeReason: z.enum(dischargeReasons).nullable(),
  })
  .openapi('Stay');
export const AdmitBody = z
  .strictObject({ personId: Uuid, residentGroup: z.enum(residentGroups), admittedOn: IsoDate })
  .openapi('Admit');
export const DischargeBody = z
  .strictObject({ dischargedOn: IsoDate, reason: z.enum(dischargeReasons) })
  .openapi('Discharge');

export const BudgetLine = z
  .object({
    id: Uuid,
    year: z.int(),
    source: z.enum(fundingSources),
    name: z.string(),
    amount: z.number(),
    currency: z.string(),
  })
  .openapi('BudgetLine');
export const CreateBudgetLineBody = z
  .strictObject({
    year: z.int().min(1990).max(2100),
    source: z.enum(fundingSources),
    name: text(200),
    amount: Amount,
    currency: Currency,
  })
  .openapi('CreateBudgetLine');
export const Allocation = z
  .object({
    id: Uuid,
    budgetLineId: Uuid,
    recipientOrganisationId: Uuid,
    recipientType: OperatorType,
    amount: z.number(),
    currency: z.string(),
    allocatedOn: IsoDate,
    serviceType: ServiceType.nullable(),
  })
  .openapi('Allocation');
export const AllocateBody = z
  .strictObject({
    recipientOrganisationId: Uuid,
    recipientType: OperatorType.optional(),
    amount: Amount,
    allocatedOn: IsoDate,
    serviceType: ServiceType.nullable().optional(),
  })
  .openapi('Allocate');
export const Disbursement = z
  .object({
    id: Uuid,
    allocationId: Uuid,
    amount: z.number(),
    disbursedOn: IsoDate,
    serviceType: ServiceType.nullable(),
  })
  .openapi('Disbursement');
export const DisburseBody = z
  .strictObject({ amount: Amount, disbursedOn: IsoDate, serviceType: ServiceType.nullable().optional() })
  .openapi('Disburse');
export const FundingYear = z
  .object({
    lines: z.array(BudgetLine),
    allocations: z.array(Allocation),
    disbursements: z.array(Disbursement),
  })
  .openapi('FundingYear');
export const FundingQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(1990)
    .max(2100)
    .openapi({ param: { name: 'year', in: 'query' } }),
});
