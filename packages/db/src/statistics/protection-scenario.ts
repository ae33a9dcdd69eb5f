import type {
  Allocation,
  CooperationRecord,
  Disbursement,
  Facility,
  Organisation,
  ReflectionPeriod,
  ResidencePermit,
  ReturnRecord,
  ServiceDelivery,
  ShelterStay,
  Store,
} from '@opennrm/core';
import { createRandom, type ScenarioRecord } from './statistics-scenario.ts';

/** The protection records of a scenario, kept in memory to be counted by hand. */
export interface ProtectionScenario {
  services: ServiceDelivery[];
  cooperation: CooperationRecord[];
  facilities: Facility[];
  stays: ShelterStay[];
  reflection: ReflectionPeriod[];
  permits: ResidencePermit[];
  returns: ReturnRecord[];
  allocations: (Allocation & { source: string })[];
  disbursements: Disbursement[];
}

const day = 86_400_000;

/**
 * Random but reproducible protection records over a scenario's persons (its own random stream,
 * so the persons stay as seedScenario makes them), written through the stores.
 */
const costCurrencies = ['AZN', 'USD', 'EUR', 'UAH'];

export async function seedProtection(
  store: Store,
  records: readonly ScenarioRecord[],
  organisations: readonly Organisation[],
  seed: number,
): Promise<ProtectionScenario> {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const dayIn = () =>
    new Date(Date.UTC(2013, 0, 1) + Math.floor(random() * 3 * 365) * day).toISOString().slice(0, 10);
  const plus = (on: string, days: number) => new Date(Date.parse(on) + days * day).toISOString().slice(0, 10);
  const id = () => crypto.randomUUID();
  const stamp = (organisationId: string) => ({
    recordedBy: crypto.randomUUID(),
    recordedByOrganisationId: organisationId,
    recordedAt: new Date(Date.UTC(2016, 0, 1) + Math.floor(random() * 1000) * 1000),
  });
  const out: ProtectionScenario = {
    services: [],
    cooperation: [],
    facilities: [],
    stays: [],
    reflection: [],
    permits: [],
    returns: [],
    allocations: [],
    disbursements: [],
  };
  for (const [operatorType, freeMovement] of [
    ['state', false],
    ['ngo', true],
  ] as const) {
    const facility: Facility = {
      id: id(),
      organisationId: pick(organisations).id,
      name: `Shelter ${operatorType}`,
      operatorType,
      region: 'Baku',
      capacity: { women: 1000, men: 1000, children: 1000, families: 1000 },
      specialisations: [],
      freeMovement,
      addressSealed: null,
      active: true,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    await store.shelters.createFacility(facility);
    out.facilities.push(facility);
  }
  for (const { person } of records) {
    for (let n = Math.floor(random() * 4); n > 0; n--) {
      const serviceType = pick([
        'financial_allowance',
        'financial_allowance',
        'job_placement',
        'vocational_training',
        'medical',
      ] as const);
      const money = serviceType === 'financial_allowance';
      const provider = pick(organisations).id;
      const service: ServiceDelivery = {
        id: id(),
        personId: person.id,
        serviceType,
        providerOrganisationId: provider,
        deliveredOn: dayIn(),
        endedOn: null,
        // Every other medical delivery has its cost recorded, in turn in AZN, USD, EUR and UAH (no
        // column: kept on the record, never added), without a draw, so the other figures keep theirs.
        ...(money
          ? { amount: pick([400, 400, 250.5]), currency: pick(['AZN', 'AZN', 'USD']) }
          : serviceType === 'medical' && out.services.length % 2 === 0
            ? {
                amount: 120 + (out.services.length % 3) * 40,
                currency: costCurrencies[(out.services.length % 8) / 2]!,
              }
            : { amount: null, currency: null }),
        outcome: 'completed',
        referralId: null,
        noteSealed: null,
        ...stamp(provider),
      };
      await store.protection.addService(service);
      out.services.push(service);
    }
    for (let n = Math.floor(random() * 3); n > 0; n--) {
      const record: CooperationRecord = {
        id: id(),
        personId: person.id,
        status: pick(['willing', 'not_willing', 'not_asked'] as const),
        asOf: dayIn(),
        ...stamp(person.organisationId),
      };
      await store.protection.addCooperation(record);
      out.cooperation.push(record);
    }
    if (random() < 0.4) {
      const admittedOn = dayIn();
      const facility = pick(out.facilities);
      const stay: ShelterStay = {
        id: id(),
        facilityId: facility.id,
        personId: person.id,
        residentGroup: pick(['women', 'men', 'children'] as const),
        admittedOn,
        dischargedOn: null,
        dischargeReason: null,
        ...stamp(facility.organisationId),
      };
      await store.shelters.admit(stay, 1000);
      if (random() < 0.7) {
        const on = plus(admittedOn, Math.floor(random() * 400));
        const reason = pick(['recovered', 'returned_home', 'left_by_choice'] as const);
        await store.shelters.discharge(stay.id, on, reason);
        stay.dischargedOn = on;
        stay.dischargeReason = reason;
      }
      out.stays.push(stay);
    }
    if (random() < 0.3) {
      const startedOn = dayIn();
      const period: ReflectionPeriod = {
        id: id(),
        personId: person.id,
        startedOn,
        endsOn: plus(startedOn, 29 + Math.floor(random() * 60)),
        grantedByOrganisationId: person.organisationId,
        ...stamp(person.organisationId),
      };
      await store.protection.addReflectionPeriod(period);
      out.reflection.push(period);
    }
    if (random() < 0.3) {
      const appliedOn = dayIn();
      const status = pick(['applied', 'granted', 'refused'] as const);
      const decidedOn = status === 'applied' ? null : plus(appliedOn, Math.floor(random() * 200));
      const permit: ResidencePermit = {
        id: id(),
        personId: person.id,
        permitType: pick(['victim_temporary', 'humanitarian'] as const),
        status,
        appliedOn,
        decidedOn,
        validFrom: status === 'granted' ? decidedOn : null,
        validUntil: status === 'granted' ? plus(decidedOn as string, 365) : null,
        ...stamp(person.organisationId),
      };
      await store.protection.addResidencePermit(permit);
      out.permits.push(permit);
    }
    if (random() < 0.2) {
      const record: ReturnRecord = {
        id: id(),
        personId: person.id,
        kind: pick(['assisted_voluntary_return', 'repatriation', 'deportation'] as const),
        country: 'UZ',
        returnedOn: dayIn(),
        personStatus: person.status,
        ...stamp(person.organisationId),
      };
      await store.protection.addReturn(record);
      out.returns.push(record);
    }
  }
  for (const year of [2013, 2014, 2015]) {
    const source = pick(['state_budget', 'international_donor'] as const);
    const lineId = id();
    const currency = pick(['AZN', 'AZN', 'USD']);
    await store.funding.createBudgetLine({
      id: lineId,
      year,
      source,
      name: `Line ${year}`,
      amount: 1_000_000,
      currency,
      ...stamp(organisations[0]!.id),
    });
    for (let n = 1 + Math.floor(random() * 4); n > 0; n--) {
      const recipient = pick(organisations);
      const allocation: Allocation = {
        id: id(),
        budgetLineId: lineId,
        recipientOrganisationId: recipient.id,
        recipientType: pick(['state', 'ngo'] as const),
        amount: 1000 + Math.floor(random() * 100) * 10,
        currency,
        allocatedOn: dayIn(),
        serviceType: pick([null, 'psychological'] as const),
        ...stamp(organisations[0]!.id),
      };
      await store.funding.createAllocation(allocation);
      out.allocations.push({ ...allocation, source });
      // Payments out of it, some naming a service (or else the allocation's), some none.
      for (let m = Math.floor(random() * 3); m > 0; m--) {
        const disbursement: Disbursement = {
          id: id(),
          allocationId: allocation.id,
          amount: 100 + Math.floor(random() * 50) * 10,
          disbursedOn: dayIn(),
          serviceType: pick([null, 'accommodation', 'medical'] as const),
          ...stamp(organisations[0]!.id),
        };
        await store.funding.createDisbursement(disbursement);
        out.disbursements.push(disbursement);
      }
    }
  }
  return out;
}
