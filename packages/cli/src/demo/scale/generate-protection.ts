import type { CooperationStatus, Gender, ServiceType } from '@opennrm/core';
import {
  generateStaysPermits,
  type ScalePermit,
  type ScaleReturn,
  type ScaleStay,
} from './generate-stays-permits.ts';
import type { ScaleOrganisation } from './scale-context.ts';
import { type SeededRandom, weights } from './seeded-random.ts';

/** A generated service delivery (protection_services), amounts in manat for allowances. */
export interface ScaleService {
  id: string;
  serviceType: ServiceType;
  provider: ScaleOrganisation;
  deliveredOn: string;
  amount: number | null;
  currency: string | null;
  recordedAt: Date;
}

export interface ScaleCooperation {
  id: string;
  status: CooperationStatus;
  asOf: string;
  organisation: ScaleOrganisation;
  recordedAt: Date;
}

export interface ScaleProtection {
  services: ScaleService[];
  cooperation: ScaleCooperation | null;
  stays: ScaleStay[];
  permits: ScalePermit[];
  returns: ScaleReturn[];
}

const none = { services: [], cooperation: null, stays: [], permits: [], returns: [] };

const day = 86_400_000;
const serviceWeights = weights<ServiceType>([
  ['psychological', 20],
  ['medical', 18],
  ['legal_aid', 12],
  ['financial_allowance', 15],
  ['accommodation', 10],
  ['vocational_training', 8],
  ['job_placement', 6],
  ['interpretation', 4],
  ['reintegration', 4],
  ['education', 2],
  ['family_tracing', 1],
]);
const cooperationWeights = weights<CooperationStatus>([
  ['willing', 55],
  ['not_willing', 25],
  ['not_asked', 20],
]);

/**
 * Services and the person's choice about cooperating, for presumed and identified persons, in
 * proportion to the seed report's 2014 shares (most identified victims got several services; an
 * allowance of 400 manat to nearly all): from its own random stream, so the identification
 * figures of a seed stay as they were.
 */
export function generateProtection(
  random: SeededRandom,
  ids: SeededRandom,
  person: {
    presumedAt: Date | null;
    identifiedOn: string | null;
    owner: ScaleOrganisation;
    gender: Gender;
    child: boolean | null;
    citizenships: readonly string[];
    foreign: boolean;
  },
  providers: readonly ScaleOrganisation[],
  facilities: readonly string[],
  asOf: Date,
): ScaleProtection {
  const from = person.identifiedOn ? Date.parse(person.identifiedOn) : person.presumedAt?.getTime();
  if (from === undefined || !random.chance(person.identifiedOn ? 0.9 : 0.4)) return none;
  const services: ScaleService[] = [];
  const types = new Set<ServiceType>();
  for (let n = random.int(1, 4); n > 0; n--) types.add(random.weighted(serviceWeights));
  for (const serviceType of types) {
    const delivered = Math.min(from + random.int(0, 90) * day, asOf.getTime() - day);
    const money = serviceType === 'financial_allowance';
    services.push({
      id: ids.uuid(),
      serviceType,
      provider: random.chance(0.6) ? person.owner : random.pick(providers),
      deliveredOn: new Date(delivered).toISOString().slice(0, 10),
      amount: money ? 400 : null,
      currency: money ? 'AZN' : null,
      recordedAt: new Date(Math.min(delivered + random.int(0, 5) * day, asOf.getTime())),
    });
  }
  const cooperation = random.chance(0.7)
    ? {
        id: ids.uuid(),
        status: random.weighted(cooperationWeights),
        asOf: new Date(from).toISOString().slice(0, 10),
        organisation: person.owner,
        recordedAt: new Date(Math.min(from + day, asOf.getTime())),
      }
    : null;
  const identified = person.identifiedOn !== null;
  return {
    services,
    cooperation,
    ...generateStaysPermits(random, ids, { ...person, from, identified }, facilities, asOf),
  };
}
