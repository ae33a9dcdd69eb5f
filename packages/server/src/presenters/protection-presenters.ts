import type {
  Allocation,
  BudgetLine,
  CooperationRecord,
  Disbursement,
  FacilityView,
  PersonSupport,
  ReflectionPeriod,
  ResidencePermit,
  ResidentView,
  ReturnRecord,
  ServiceView,
  ShelterStay,
} from '@opennrm/core';

/** Every field the API shows of protection records: never a sealed value, never who typed it. */
const recorded = (r: { recordedByOrganisationId: string; recordedAt: Date }) => ({
  recordedByOrganisationId: r.recordedByOrganisationId,
  recordedAt: r.recordedAt.toISOString(),
});

export function presentService(s: ServiceView) {
  return {
    id: s.id,
    personId: s.personId,
    serviceType: s.serviceType,
    providerOrganisationId: s.providerOrganisationId,
    deliveredOn: s.deliveredOn,
    endedOn: s.endedOn,
    amount: s.amount,
    currency: s.currency,
    outcome: s.outcome,
    referralId: s.referralId,
    note: s.note,
    ...recorded(s),
  };
}

export function presentCooperation(c: CooperationRecord) {
  return { id: c.id, personId: c.personId, status: c.status, asOf: c.asOf, ...recorded(c) };
}

export function presentReflection(p: ReflectionPeriod) {
  return {
    id: p.id,
    personId: p.personId,
    startedOn: p.startedOn,
    endsOn: p.endsOn,
    grantedByOrganisationId: p.grantedByOrganisationId,
    ...recorded(p),
  };
}

export function presentPermit(p: ResidencePermit) {
  return {
    id: p.id,
    personId: p.personId,
    permitType: p.permitType,
    status: p.status,
    appliedOn: p.appliedOn,
    decidedOn: p.decidedOn,
    validFrom: p.validFrom,
    validUntil: p.validUntil,
    ...recorded(p),
  };
}

export function presentReturn(r: ReturnRecord) {
  return {
    id: r.id,
    personId: r.personId,
    kind: r.kind,
    country: r.country,
    returnedOn: r.returnedOn,
    personStatus: r.personStatus,
    ...recorded(r),
  };
}

export function presentStay(s: ShelterStay) {
  return {
    id: s.id,
    facilityId: s.facilityId,
    personId: s.personId,
    residentGroup: s.residentGroup,
    admittedOn: s.admittedOn,
    dischargedOn: s.dischargedOn,
    dischargeReason: s.dischargeReason,
  };
}

export function presentSupport(s: PersonSupport) {
  return {
    services: s.services.map(presentService),
    cooperation: s.cooperation.map(presentCooperation),
    cooperationNow: s.cooperationNow && presentCooperation(s.cooperationNow),
    reflectionPeriods: s.reflectionPeriods.map(presentReflection),
    residencePermits: s.residencePermits.map(presentPermit),
    returns: s.returns.map(presentReturn),
    stays: s.stays.map((stay) => ({
      ...presentStay(stay),
      facilityId: stay.facilityIdVisible ? stay.facilityId : null,
      facilityName: stay.facilityName,
      operatorType: stay.operatorType,
    })),
  };
}

export function presentFacility(f: FacilityView) {
  return {
    id: f.id,
    organisationId: f.organisationId,
    name: f.name,
    operatorType: f.operatorType,
    region: f.region,
    capacity: f.capacity,
    occupancy: f.occupancy,
    specialisations: f.specialisations,
    freeMovement: f.freeMovement,
    hasAddress: f.hasAddress,
    active: f.active,
    may: f.may,
  };
}

export function presentResident(r: ResidentView) {
  return {
    id: r.id,
    personId: r.personId,
    personCode: r.personCode,
    residentGroup: r.residentGroup,
    admittedOn: r.admittedOn,
  };
}

export function presentBudgetLine(l: BudgetLine) {
  return { id: l.id, year: l.year, source: l.source, name: l.name, amount: l.amount, currency: l.currency };
}

export function presentAllocation(a: Allocation) {
  return {
    id: a.id,
    budgetLineId: a.budgetLineId,
    recipientOrganisationId: a.recipientOrganisationId,
    recipientType: a.recipientType,
    amount: a.amount,
    currency: a.currency,
    allocatedOn: a.allocatedOn,
    serviceType: a.serviceType,
  };
}

export function presentDisbursement(d: Disbursement) {
  return {
    id: d.id,
    allocationId: d.allocationId,
    amount: d.amount,
    disbursedOn: d.disbursedOn,
    serviceType: d.serviceType,
  };
}
