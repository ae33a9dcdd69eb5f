import { defaultPreventionPlaces } from '@opennrm/core';
import type { ScaleTarget } from './generate-scale-country.ts';
import type { OrgKey, ScaleContext } from './scale-context.ts';
import type { ScalePlan } from './scale-plan.ts';
import { SeededRandom } from './seeded-random.ts';

/**
 * Per generated person a year: awareness-raising activities, hotline contacts, trainings and
 * inspections, in about the seed's proportions (65 activities, a hotline busier than the
 * referral mechanism, a handful of trainings for 54 identified victims).
 */
const perPerson = { awareness: 0.5, hotline: 1.5, trainings: 1 / 40, oversight: 1 / 100 };

type Weighted<T> = readonly (readonly [T, number])[];
const audiences: Weighted<string> = [
  ['citizens_going_abroad', 0.55],
  ['foreign_migrant_workers', 0.1],
  ['children_and_students', 0.12],
  ['general_public', 0.15],
  ['employers', 0.05],
  ['vulnerable_groups', 0.03],
];
const channels: Weighted<string> = [
  ['event', 0.45],
  ['poster', 0.2],
  ['video', 0.15],
  ['broadcast', 0.1],
  ['online', 0.1],
];
const outcomes: Weighted<string> = [
  ['information_given', 0.72],
  ['referred_to_organisation', 0.15],
  ['alert_created', 0.06],
  ['emergency_to_police', 0.02],
  ['no_action', 0.05],
];
const callers: Weighted<string> = [
  ['member_of_public', 0.35],
  ['relative_or_friend', 0.3],
  ['possible_victim', 0.15],
  ['professional', 0.1],
  ['anonymous', 0.1],
];
const topics: Weighted<string> = [
  ['working_abroad', 0.5],
  ['labour_exploitation', 0.2],
  ['sexual_exploitation', 0.1],
  ['missing_person', 0.05],
  ['visa_migration', 0.1],
  ['other', 0.05],
];
const trainingTopics = [
  'identification',
  'trauma_informed_interviewing',
  'investigation_prosecution',
  'labour_exploitation',
  'victim_assistance',
];
// Diplomats are the body the seed report says was never trained: rarely here too.
const bodies = [
  'police',
  'prosecutors',
  'judges',
  'labour_inspectors',
  'migration_officers',
  'social_workers',
  'border_guards',
];
const places = defaultPreventionPlaces.filter((p) => p.kind !== 'abroad');

export type PreventionTable =
  | 'awareness_activities'
  | 'official_trainings'
  | 'official_training_participants'
  | 'oversight_activities'
  | 'hotline_contacts';

function pick<T>(random: SeededRandom, items: Weighted<T>): T {
  let x = random.next();
  for (const [item, weight] of items) {
    x -= weight;
    if (x < 0) return item;
  }
  return items[items.length - 1]![0];
}

const dayOf = (random: SeededRandom, year: number) =>
  `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;

/**
 * Prevention work of the generated years, copied like the rest (bulk, no use case): activities
 * of the police, the migration service and an NGO at the configured places, trainings with their
 * participants, recruitment-agency inspections, and the hotline's contacts. No contact names a
 * caller, an alert or a person (the statistics count them as leading nowhere yet).
 */
export async function copyScalePrevention(
  target: ScaleTarget,
  ctx: ScaleContext,
  plan: ScalePlan,
  seed: number,
  idSalt: number,
): Promise<Record<PreventionTable, number>> {
  const random = new SeededRandom(seed ^ 0x70726576, -3);
  const ids = new SeededRandom(idSalt, -3);
  const by = (key: OrgKey, day: string) => [
    ctx.orgs[key].id,
    ctx.orgs[key].userId,
    new Date(`${day}T15:00:00Z`),
  ];
  const awareness: unknown[][] = [];
  const trainings: unknown[][] = [];
  const participants: unknown[][] = [];
  const oversight: unknown[][] = [];
  const contacts: unknown[][] = [];
  plan.years.forEach((year, i) => {
    const persons = plan.counts[i] ?? 0;
    if (persons === 0) return;
    for (let n = 0; n < Math.max(1, Math.round(persons * perPerson.awareness)); n++) {
      const day = dayOf(random, year);
      const place = places[random.int(0, places.length - 1)]!;
      const owner = (['atd', 'sms', 'ngo-baku'] as const)[n % 3]!;
      awareness.push([
        ids.uuid(),
        day,
        `Safe migration ${year}-${n + 1}`,
        place.code,
        place.region,
        pick(random, audiences),
        random.next() < 0.85 ? 'az' : 'ru',
        pick(random, channels),
        ['posters', 'leaflets'],
        random.int(30, 600),
        '',
        ...by(owner, day),
      ]);
    }
    for (let n = 0; n < Math.max(1, Math.round(persons * perPerson.trainings)); n++) {
      const day = dayOf(random, year);
      const id = ids.uuid();
      trainings.push([
        id,
        day,
        day,
        `Training ${year}-${n + 1}`,
        trainingTopics[n % trainingTopics.length],
        '',
        null,
        ...by('atd', day),
      ]);
      const chosen = new Set([
        bodies[random.int(0, bodies.length - 1)]!,
        bodies[random.int(0, bodies.length - 1)]!,
      ]);
      if (random.next() < 0.05) chosen.add('diplomats');
      for (const body of chosen) participants.push([id, body, random.int(5, 40)]);
    }
    for (let n = 0; n < Math.round(persons * perPerson.oversight); n++) {
      const day = dayOf(random, year);
      const inspections = random.int(1, 12);
      const violations = random.int(0, inspections);
      oversight.push([
        ids.uuid(),
        'recruitment_agency_inspection',
        day,
        'Private employment agencies',
        null,
        inspections,
        violations,
        random.int(0, violations),
        0,
        ...by('sms', day),
      ]);
    }
    for (let n = 0; n < Math.round(persons * perPerson.hotline); n++) {
      const day = dayOf(random, year);
      // Between 08:00 and 12:00 UTC: the same local day from UTC-8 to UTC+11 (Baku is UTC+4).
      const at = new Date(`${day}T08:00:00Z`);
      at.setUTCMinutes(random.int(0, 239));
      const outcome = pick(random, outcomes);
      contacts.push([
        ids.uuid(),
        at,
        day,
        random.next() < 0.9 ? 'phone' : 'messenger',
        random.next() < 0.8 ? 'az' : 'ru',
        pick(random, callers),
        pick(random, topics),
        outcome,
        outcome === 'referred_to_organisation' ? ctx.orgs['ngo-baku'].id : null,
        ...by('hotline', day),
      ]);
    }
  });
  const owned = ['organisation_id', 'created_by', 'created_at'];
  return {
    awareness_activities: await target.copyInto(
      'awareness_activities',
      [
        'id',
        'held_on',
        'title',
        'place_code',
        'region',
        'audience',
        'language',
        'channel',
        'materials',
        'reach',
        'organiser',
        ...owned,
      ],
      awareness,
    ),
    official_trainings: await target.copyInto(
      'official_trainings',
      ['id', 'started_on', 'ended_on', 'title', 'topic', 'organiser', 'place_code', ...owned],
      trainings,
    ),
    official_training_participants: await target.copyInto(
      'official_training_participants',
      ['training_id', 'body_type', 'participants'],
      participants,
    ),
    oversight_activities: await target.copyInto(
      'oversight_activities',
      [
        'id',
        'kind',
        'held_on',
        'subject',
        'place_code',
        'inspections',
        'violations_found',
        'employers_sanctioned',
        'licences_revoked',
        ...owned,
      ],
      oversight,
    ),
    hotline_contacts: await target.copyInto(
      'hotline_contacts',
      [
        'id',
        'contacted_at',
        'contacted_on',
        'channel',
        'language',
        'caller_type',
        'topic',
        'outcome',
        'referred_to_organisation_id',
        ...owned,
      ],
      contacts,
    ),
  };
}
