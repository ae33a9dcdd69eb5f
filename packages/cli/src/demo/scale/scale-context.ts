import {
  type DecidingBodyType,
  decidingBodyTypeOf,
  type IndicatorList,
  listStatusOf,
  type OrganisationType,
  type ProvenanceStatus,
  readIdentificationSettings,
  readReferralSettings,
  type ScreeningRecommendation,
  type Store,
  scoreScreening,
  shippedIndicatorLists,
} from '@opennrm/core';
import { demoOrganisations, demoUsers } from '../demo-country.ts';
import { SeededRandom } from './seeded-random.ts';
import { WorkingDayTable } from './working-day-table.ts';

export type OrgKey =
  | 'atd'
  | 'sms'
  | 'vac'
  | 'mia-shelter'
  | 'ngo-baku'
  | 'ngo-ganja'
  | 'prosecution'
  | 'court'
  | 'hotline';

export interface ScaleOrganisation {
  key: OrgKey;
  id: string;
  type: OrganisationType;
  bodyType: DecidingBodyType;
  /** The demo user who acts for it (the court has none: the prosecutor files its decisions). */
  userId: string;
}

/** A scored screening to reuse: answers and result as the JSON the screenings table stores. */
export interface ScreeningTemplate {
  listKey: string;
  listVersion: number;
  /** The list version's status as a screening records it (core's listStatusOf). */
  listStatus: ProvenanceStatus;
  answers: string;
  result: string;
}

export interface ScaleContext {
  countryCode: string;
  orgs: Record<OrgKey, ScaleOrganisation>;
  firstDecisionWorkingDays: number;
  /** Deadlines in working days (the configured holidays skipped). */
  workingDays: WorkingDayTable;
  responseWorkingDays: { normal: number; urgent: number };
  /** By list key, then by recommendation. */
  templates: Map<string, Partial<Record<ScreeningRecommendation, ScreeningTemplate[]>>>;
  /** The demo's shelter facilities (ids) the generated stays are in; none without them. */
  facilities: readonly string[];
  /** Who records the generated funding: the demo's finance officer and office. */
  finance: { userId: string; organisationId: string } | null;
}

const orgKeys: OrgKey[] = [
  'atd',
  'sms',
  'vac',
  'mia-shelter',
  'ngo-baku',
  'ngo-ganja',
  'prosecution',
  'court',
  'hotline',
];

/**
 * Everything the generator needs from the installation: the demo organisations and users (the
 * owners and authors of the records), the deadlines in force, and scored screenings.
 */
export async function loadScaleContext(
  store: Store,
  seed: number,
  years: { first: number; last: number },
): Promise<ScaleContext> {
  const orgs = {} as Record<OrgKey, ScaleOrganisation>;
  for (const key of orgKeys) {
    const demo = demoOrganisations.find((o) => o.key === key);
    const found = demo && (await store.organisations.findByName(demo.name));
    if (!found)
      throw new Error(`The demo organisation ${demo?.name ?? key} is missing: load the demo first.`);
    const email = demoUsers.find((u) => u.organisation === (key === 'court' ? 'prosecution' : key))?.email;
    const user = email && (await store.users.findByEmail(email));
    if (!user) throw new Error(`The demo user of ${found.name} is missing: load the demo first.`);
    orgs[key] = {
      key,
      id: found.id,
      type: found.type,
      bodyType: decidingBodyTypeOf(found.type),
      userId: user.id,
    };
  }
  const identification = await readIdentificationSettings(store);
  const referrals = await readReferralSettings(store);
  const templates = new Map<string, Partial<Record<ScreeningRecommendation, ScreeningTemplate[]>>>();
  for (const shipped of shippedIndicatorLists.filter((l) => l.rule === 'ilo_ec_2009')) {
    const list = (await store.indicatorLists.get(shipped.key)) ?? shipped;
    templates.set(list.key, scoreTemplates(list, new SeededRandom(seed, -1)));
  }
  const finance = await store.users.findByEmail('finance@demo.opennrm.org');
  return {
    facilities: await listFacilityIds(store),
    finance: finance ? { userId: finance.id, organisationId: finance.organisationId } : null,
    countryCode: identification.countryCode,
    orgs,
    firstDecisionWorkingDays: identification.firstDecisionWorkingDays,
    // A year of margin each side: deadlines of the last registrations run into the next year.
    workingDays: new WorkingDayTable(years.first - 1, years.last + 1, new Set(identification.holidays)),
    responseWorkingDays: referrals.responseWorkingDays,
    templates,
  };
}

/** The facilities, or none where the store keeps no shelters (core's in-memory store). */
async function listFacilityIds(store: Store): Promise<string[]> {
  try {
    return (await store.shelters.listFacilities())
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((f) => f.id);
  } catch {
    return [];
  }
}

/** A few dozen answer sets scored by the real scorer, so every stored result is what it would say. */
function scoreTemplates(list: IndicatorList, random: SeededRandom) {
  const population = list.population === 'child' ? 'child' : 'adult';
  const buckets: Partial<Record<ScreeningRecommendation, ScreeningTemplate[]>> = {};
  for (let attempt = 0; attempt < 3000; attempt++) {
    // A few indicators in most dimensions (what makes a presumed victim), in others none; the
    // answers stay short, since the stored JSON is the bulk of a screening row.
    const answers = list.dimensions.flatMap((dimension) => {
      const indicators = list.indicators.filter((i) => i.dimension === dimension.key);
      const yes = random.chance(0.75) ? random.sample(indicators, random.int(1, 3)) : [];
      return yes.map((i) => ({ indicator: i.key, answer: 'yes' as const }));
    });
    const score = scoreScreening(list, answers, population);
    buckets[score.recommendation] ??= [];
    const bucket = buckets[score.recommendation] ?? [];
    if (bucket.length >= 8) {
      if (buckets.presumed_victim?.length === 8 && buckets.not_presumed?.length === 8) break;
      continue;
    }
    bucket.push({
      listKey: list.key,
      listVersion: list.version,
      listStatus: listStatusOf(list),
      answers: JSON.stringify(answers),
      result: JSON.stringify({
        recommendation: score.recommendation,
        reasons: score.reasons,
        dimensions: score.dimensions,
      }),
    });
  }
  return buckets;
}
