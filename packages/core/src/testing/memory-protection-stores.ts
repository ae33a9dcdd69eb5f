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
} from '../protection/protection.ts';
import type { FundingStore, ProtectionStore, ShelterStore } from '../protection/protection-ports.ts';

export interface ProtectionTables {
  services: ServiceDelivery[];
  cooperation: CooperationRecord[];
  reflection: ReflectionPeriod[];
  permits: ResidencePermit[];
  returns: ReturnRecord[];
  facilities: Facility[];
  stays: ShelterStay[];
  lines: BudgetLine[];
  allocations: Allocation[];
  disbursements: Disbursement[];
}

export function createProtectionTables(): ProtectionTables {
  return {
    services: [],
    cooperation: [],
    reflection: [],
    permits: [],
    returns: [],
    facilities: [],
    stays: [],
    lines: [],
    allocations: [],
    disbursements: [],
  };
}

const clone = <T>(value: T): T => structuredClone(value);
/** Newest event first, then newest recorded: as db's forPerson orders them. */
const newest =
  <T extends { recordedAt: Date }>(day: (row: T) => string) =>
  (a: T, b: T) =>
    day(b).localeCompare(day(a)) || b.recordedAt.getTime() - a.recordedAt.getTime();
const sum = (values: number[]) => Math.round(values.reduce((s, v) => s + v, 0) * 100) / 100;

/**
 * Protection, shelters and funding in memory, for unit tests of use cases and the demo loader
 * (`tables()` is re-read, so the memory store's transactions can restore it). The occupancy rule
 * is the database's: a place is taken only while the group has one free, one open stay a person;
 * its concurrency (a row lock) is tested on the databases.
 */
export function createMemoryProtectionStores(tables: () => ProtectionTables): {
  protection: ProtectionStore;
  shelters: ShelterStore;
  funding: FundingStore;
} {
  const t = tables;
  const withOccupancy = (f: Facility): FacilityWithOccupancy => {
    const open = t().stays.filter((s) => s.facilityId === f.id && s.dischargedOn === null);
    const count = (group: ShelterStay['residentGroup']) =>
      open.filter((s) => s.residentGroup === group).length;
    return {
      ...clone(f),
      occupancy: {
        women: count('women'),
        men: count('men'),
        children: count('children'),
        families: count('families'),
      },
    };
  };
  const protection: ProtectionStore = {
    addService: async (s) => void t().services.push(clone(s)),
    addCooperation: async (c) => void t().cooperation.push(clone(c)),
    addReflectionPeriod: async (r) => void t().reflection.push(clone(r)),
    addResidencePermit: async (p) => void t().permits.push(clone(p)),
    addReturn: async (r) => void t().returns.push(clone(r)),
    async forPerson(personId) {
      const of = <T extends { personId: string }>(rows: T[]) =>
        rows.filter((r) => r.personId === personId).map(clone);
      return {
        services: of(t().services).sort(newest((s) => s.deliveredOn)),
        cooperation: of(t().cooperation).sort(newest((c) => c.asOf)),
        reflectionPeriods: of(t().reflection).sort(newest((r) => r.startedOn)),
        residencePermits: of(t().permits).sort(newest((p) => p.appliedOn)),
        returns: of(t().returns).sort(newest((r) => r.returnedOn)),
        stays: of(t().stays).sort(newest((s) => s.admittedOn)),
      };
    },
  };
  const shelters: ShelterStore = {
    createFacility: async (f) => void t().facilities.push(clone(f)),
    async updateFacility(id, patch) {
      const i = t().facilities.findIndex((f) => f.id === id);
      if (i < 0) return 0;
      t().facilities[i] = { ...t().facilities[i]!, ...clone(patch) };
      return 1;
    },
    async getFacility(id) {
      const f = t().facilities.find((x) => x.id === id);
      return f && withOccupancy(f);
    },
    listFacilities: async () =>
      [...t().facilities].sort((a, b) => a.name.localeCompare(b.name)).map(withOccupancy),
    async admit(stay, capacity) {
      const open = t().stays.filter((s) => s.dischargedOn === null);
      const taken = open.filter(
        (s) => s.facilityId === stay.facilityId && s.residentGroup === stay.residentGroup,
      );
      if (taken.length >= capacity) return 'full';
      if (open.some((s) => s.personId === stay.personId)) return 'already_resident';
      t().stays.push(clone(stay));
      return 'admitted';
    },
    getStay: async (id) => clone(t().stays.find((s) => s.id === id)),
    async discharge(id, on, reason) {
      const stay = t().stays.find((s) => s.id === id && s.dischargedOn === null);
      if (!stay) return 0;
      stay.dischargedOn = on;
      stay.dischargeReason = reason;
      return 1;
    },
    listOpenStays: async (facilityId) =>
      t()
        .stays.filter((s) => s.facilityId === facilityId && s.dischargedOn === null)
        .sort((a, b) => a.admittedOn.localeCompare(b.admittedOn))
        .map(clone),
  };
  const funding: FundingStore = {
    createBudgetLine: async (l) => void t().lines.push(clone(l)),
    getBudgetLine: async (id) => clone(t().lines.find((l) => l.id === id)),
    createAllocation: async (a) => void t().allocations.push(clone(a)),
    getAllocation: async (id) => clone(t().allocations.find((a) => a.id === id)),
    createDisbursement: async (d) => void t().disbursements.push(clone(d)),
    async listYear(year) {
      const lines = t()
        .lines.filter((l) => l.year === year)
        .sort((a, b) => a.name.localeCompare(b.name));
      const allocations = t()
        .allocations.filter((a) => lines.some((l) => l.id === a.budgetLineId))
        .sort((a, b) => a.allocatedOn.localeCompare(b.allocatedOn));
      const disbursements = t()
        .disbursements.filter((d) => allocations.some((a) => a.id === d.allocationId))
        .sort((a, b) => a.disbursedOn.localeCompare(b.disbursedOn));
      return {
        lines: lines.map(clone),
        allocations: allocations.map(clone),
        disbursements: disbursements.map(clone),
      };
    },
    allocatedFrom: async (lineId) =>
      sum(
        t()
          .allocations.filter((a) => a.budgetLineId === lineId)
          .map((a) => a.amount),
      ),
    disbursedFrom: async (allocationId) =>
      sum(
        t()
          .disbursements.filter((d) => d.allocationId === allocationId)
          .map((d) => d.amount),
      ),
  };
  return { protection, shelters, funding };
}
