import type { AgeBand } from '@opennrm/core';
import { derivePersonStatus, type ScreeningFact } from './derive-person-status.ts';
import { generateDecisions } from './generate-decisions.ts';
import { generateExploitation } from './generate-exploitation.ts';
import { generateProsecution } from './generate-prosecution.ts';
import { generateProtection } from './generate-protection.ts';
import { generateReferrals } from './generate-referrals.ts';
import type { PersonBundle, ScreeningRecord } from './person-bundle.ts';
import type { ScaleContext } from './scale-context.ts';
import {
  adultBands,
  childBands,
  childShare,
  foreignCitizenships,
  genderWeights,
  languagesOf,
  unknownAgeShare,
} from './scale-distributions.ts';
import type { PersonSlot } from './scale-plan.ts';
import { SeededRandom, weights } from './seeded-random.ts';

const hour = 3_600_000;
const day = 86_400_000;

const domesticOwners = weights<keyof ScaleContext['orgs']>([
  ['atd', 30],
  ['ngo-baku', 25],
  ['vac', 13],
  ['ngo-ganja', 12],
  ['hotline', 10],
  ['mia-shelter', 10],
]);
const foreignOwners = weights<keyof ScaleContext['orgs']>([
  ['atd', 30],
  ['sms', 30],
  ['ngo-baku', 15],
  ['vac', 10],
  ['mia-shelter', 10],
  ['hotline', 5],
]);
type Screened = 'none' | 'presumed' | 'not_presumed' | 'inconclusive' | 'inconclusive_then_presumed';
const screenedWeights = weights<Screened>([
  ['presumed', 85],
  ['none', 5],
  ['not_presumed', 5],
  ['inconclusive_then_presumed', 3],
  ['inconclusive', 2],
]);

/**
 * Generates person `slot.index` from its own random stream: attributes, screenings, decisions,
 * exploitation, consent and referrals, consistent with each other and with the rules of the app.
 * Ids come from a second stream (`idSalt`), so a second run with the same seed adds new rows.
 */
export function generatePersonBundle(
  ctx: ScaleContext,
  slot: PersonSlot,
  seed: number,
  idSalt: number,
  asOf: Date,
): PersonBundle {
  const random = new SeededRandom(seed, slot.index);
  const ids = new SeededRandom(idSalt, slot.index);
  const gender = random.weighted(genderWeights);
  const child = random.chance(unknownAgeShare) ? null : random.chance(childShare);
  const ageBand = child === null ? null : random.weighted(child ? childBands : adultBands);
  const birthYear = ageBand === null ? null : slot.year - ageIn(ageBand, random);
  const roll = random.next();
  const foreignCountry = roll >= 0.22 || roll < 0.01 ? null : random.weighted(foreignCitizenships);
  const citizenships = roll < 0.01 ? [] : foreignCountry ? [foreignCountry] : [ctx.countryCode];
  if (!foreignCountry && citizenships.length > 0 && random.chance(0.02))
    citizenships.push(random.pick(['RU', 'TR']));
  const languages = foreignCountry
    ? [...(languagesOf[foreignCountry] ?? [])]
    : random.chance(0.3)
      ? ['az', 'ru']
      : ['az'];
  const owner = ctx.orgs[random.weighted(foreignCountry ? foreignOwners : domesticOwners)];
  const createdAt = slot.createdAt;
  const exploitation = random.chance(0.95)
    ? generateExploitation(random, {
        gender,
        child,
        citizenships,
        countryCode: ctx.countryCode,
        createdAt,
        owner,
      })
    : null;
  const listKey = `ilo-ec-2009-${child ? 'child' : 'adult'}-${exploitation?.profile === 'sexual' || exploitation?.profile === 'both' ? 'sexual' : 'labour'}`;
  const screenings: ScreeningRecord[] = [];
  const screened = random.weighted(screenedWeights);
  let at = createdAt.getTime() + (random.chance(0.6) ? random.int(1, 8) * hour : random.int(8, 72) * hour);
  const screen = (outcome: ScreeningFact['outcome']) => {
    if (at > asOf.getTime()) return;
    const buckets = ctx.templates.get(listKey) ?? {};
    const wanted = outcome === 'presumed_victim' ? buckets.presumed_victim : buckets.not_presumed;
    const template = random.pick(wanted ?? buckets.not_applicable ?? buckets.presumed_victim ?? []);
    screenings.push({
      id: ids.uuid(),
      organisation: owner,
      template,
      population: child ? 'child' : 'adult',
      outcome,
      outcomeReason: wanted ? null : 'Screener’s judgement after the interview',
      screenedAt: new Date(at),
      recordedAt: new Date(at + random.int(10, 240) * 60_000),
    });
  };
  if (screened === 'presumed') screen('presumed_victim');
  else if (screened === 'not_presumed') screen('not_presumed');
  else if (screened.startsWith('inconclusive')) {
    screen('inconclusive');
    at += random.int(2, 20) * day;
    if (screened === 'inconclusive_then_presumed') screen('presumed_victim');
  }
  const decisions = generateDecisions(ctx, random, ids, {
    owner,
    screenings,
    foreign: foreignCountry !== null,
    asOf,
  });
  const status = derivePersonStatus(screenings, decisions, (at) =>
    ctx.workingDays.add(at, ctx.firstDecisionWorkingDays),
  );
  const { consent, referrals } = generateReferrals(ctx, random, ids, {
    owner,
    child,
    foreign: foreignCountry !== null,
    screenings,
    createdAt,
    asOf,
  });
  const lastChange = Math.max(
    createdAt.getTime(),
    ...screenings.map((s) => s.recordedAt.getTime()),
    ...decisions.map((d) => d.recordedAt.getTime()),
  );
  return {
    id: ids.uuid(),
    code: slot.code,
    owner,
    gender,
    birthYear,
    ageBand,
    child,
    citizenships,
    languages,
    foreign: foreignCountry !== null,
    createdAt,
    updatedAt: new Date(lastChange),
    ...status,
    screenings,
    decisions,
    exploitation,
    consent,
    referrals,
    // Its own stream: the identification figures of a seed stay what they were before protection.
    protection: generateProtection(
      new SeededRandom(seed ^ 0x70726f74, slot.index),
      ids,
      {
        presumedAt: status.presumedAt,
        identifiedOn: status.identifiedOn,
        owner,
        gender,
        child,
        citizenships,
        foreign: foreignCountry !== null,
      },
      [ctx.orgs.vac, ctx.orgs['ngo-baku'], ctx.orgs['ngo-ganja'], ctx.orgs['mia-shelter'], ctx.orgs.atd],
      ctx.facilities,
      asOf,
    ),
    // Its own stream too: a case for an identified victim, in the seed's proportion.
    prosecution: generateProsecution(
      new SeededRandom(seed ^ 0x70726f73, slot.index),
      ids,
      { identifiedOn: status.identifiedOn, forms: exploitation?.forms ?? [], code: slot.code },
      { police: ctx.orgs.atd, prosecutor: ctx.orgs.prosecution },
      asOf,
    ),
  };
}

function ageIn(band: AgeBand, random: SeededRandom): number {
  if (band === '48+') return random.int(48, 65);
  const [from, to] = band.split('-').map(Number);
  return random.int(from ?? 0, to ?? 0);
}
