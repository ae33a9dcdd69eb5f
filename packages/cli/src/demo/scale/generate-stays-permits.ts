import type {
  DischargeReason,
  Gender,
  ResidencePermitStatus,
  ResidencePermitType,
  ResidentGroup,
  ReturnKind,
} from '@opennrm/core';
import { type SeededRandom, weights } from './seeded-random.ts';

/** A generated shelter stay (shelter_stays): always ended before the load's day (see below). */
export interface ScaleStay {
  id: string;
  facilityId: string;
  residentGroup: ResidentGroup;
  admittedOn: string;
  dischargedOn: string;
  dischargeReason: DischargeReason;
}

export interface ScalePermit {
  id: string;
  permitType: ResidencePermitType;
  status: ResidencePermitStatus;
  appliedOn: string;
  decidedOn: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

export interface ScaleReturn {
  id: string;
  kind: ReturnKind;
  country: string;
  returnedOn: string;
  personStatus: 'presumed' | 'identified';
}

const day = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const reasonWeights = weights<DischargeReason>([
  ['recovered', 45],
  ['moved_to_other_provider', 15],
  ['returned_home', 20],
  ['left_by_choice', 15],
  ['other', 5],
]);
const permitTypeWeights = weights<ResidencePermitType>([
  ['victim_temporary', 70],
  ['humanitarian', 20],
  ['permanent', 5],
  ['other', 5],
]);
const permitStatusWeights = weights<ResidencePermitStatus>([
  ['granted', 60],
  ['applied', 25],
  ['refused', 15],
]);
const returnWeights = weights<ReturnKind>([
  ['assisted_voluntary_return', 85],
  ['deportation', 10],
  ['removal', 5],
]);

/**
 * Stays, residence permits and returns of one person, drawn after the services from the same
 * stream (so the services of a seed stay as they were). A quarter of identified victims and a
 * tenth of presumed ones stay in a shelter; every generated stay has ended before the load's day,
 * so the occupancy board (open stays) shows the demo's residents, not thousands beyond capacity.
 * Foreign identified victims apply for a permit (half of them) and some return home.
 */
export function generateStaysPermits(
  random: SeededRandom,
  ids: SeededRandom,
  person: {
    from: number;
    identified: boolean;
    gender: Gender;
    child: boolean | null;
    citizenships: readonly string[];
    foreign: boolean;
  },
  facilities: readonly string[],
  asOf: Date,
): { stays: ScaleStay[]; permits: ScalePermit[]; returns: ScaleReturn[] } {
  const last = asOf.getTime() - day;
  const stays: ScaleStay[] = [];
  if (facilities.length > 0 && random.chance(person.identified ? 0.25 : 0.1)) {
    const admitted = Math.min(person.from + random.int(0, 30) * day, last - day);
    stays.push({
      id: ids.uuid(),
      facilityId: random.pick(facilities),
      residentGroup: person.child ? 'children' : person.gender === 'Feminine' ? 'women' : 'men',
      admittedOn: isoDay(admitted),
      dischargedOn: isoDay(Math.min(admitted + random.int(3, 120) * day, last)),
      dischargeReason: random.weighted(reasonWeights),
    });
  }
  const permits: ScalePermit[] = [];
  const returns: ScaleReturn[] = [];
  if (!person.foreign || !person.identified) return { stays, permits, returns };
  if (random.chance(0.5)) {
    const applied = Math.min(person.from + random.int(0, 30) * day, last - day);
    const status = random.weighted(permitStatusWeights);
    const decided = status === 'applied' ? null : Math.min(applied + random.int(10, 60) * day, last);
    permits.push({
      id: ids.uuid(),
      permitType: random.weighted(permitTypeWeights),
      status,
      appliedOn: isoDay(applied),
      decidedOn: decided === null ? null : isoDay(decided),
      validFrom: status === 'granted' && decided !== null ? isoDay(decided) : null,
      validUntil: status === 'granted' && decided !== null ? isoDay(decided + 365 * day) : null,
    });
  }
  const home = person.citizenships[0];
  if (home && random.chance(0.2))
    returns.push({
      id: ids.uuid(),
      kind: random.weighted(returnWeights),
      country: home,
      returnedOn: isoDay(Math.min(person.from + random.int(30, 200) * day, last)),
      personStatus: 'identified',
    });
  return { stays, permits, returns };
}
