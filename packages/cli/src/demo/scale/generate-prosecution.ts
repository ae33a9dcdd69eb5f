import {
  applyStage,
  type Defendant,
  type DefendantStage,
  type ExploitationForm,
  type Sentence,
  type StageInput,
} from '@opennrm/core';
import type { ScaleOrganisation } from './scale-context.ts';
import { type SeededRandom, weights } from './seeded-random.ts';

export interface ScaleStage extends StageInput {
  id: string;
  replacesStageId: string | null;
}

/** A generated defendant: the row as the use cases would leave it, its stages, an official's measure. */
export interface ScaleDefendant {
  row: Defendant;
  /** Sealed by the generator's caller (the sealer is the installation's); empty until then. */
  name: string;
  stages: ScaleStage[];
  measure: { id: string; measure: 'dismissal' | 'suspension'; decidedOn: string } | null;
}

export interface ScaleCase {
  id: string;
  reference: string;
  openedOn: string;
  legalBasis: string[];
  forms: ExploitationForm[];
  complicity: boolean;
  owner: ScaleOrganisation;
  prosecutor: ScaleOrganisation;
  createdAt: Date;
  victim: { role: 'victim' | 'victim_witness'; testifiedOn: string | null };
  defendants: ScaleDefendant[];
}

const day = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The seed report's 2014 shares: 23 cases for 54 identified victims; 26 of ~30 judged convicted. */
export const casePerIdentifiedVictim = 0.42;
const complicityShare = 0.04;
type Outcome = 'closed' | 'convicted' | 'acquitted' | 'dismissed';
const outcomeWeights = weights<Outcome>([
  ['convicted', 70],
  ['closed', 12],
  ['acquitted', 9],
  ['dismissed', 9],
]);
type Kind = 'prison' | 'suspended' | 'fine';
const kindWeights = weights<Kind>([
  ['prison', 81],
  ['suspended', 12],
  ['fine', 7],
]);
/** Prison terms in months by band: most at three to six and eight to ten years, as in 2014. */
const termWeights = weights<[number, number]>([
  [[96, 119], 50],
  [[36, 71], 33],
  [[72, 95], 8],
  [[12, 35], 5],
  [[120, 180], 4],
]);

/**
 * A criminal case for an identified victim, in the seed's proportion, opened after the
 * identification, with one to three suspects, each taken through the stages the dates allow
 * before `asOf` (what is left is pending), the defendant row computed by core's `applyStage` as
 * the use case would. From its own random stream: the other figures of a seed stay as they were.
 */
export function generateProsecution(
  random: SeededRandom,
  ids: SeededRandom,
  person: { identifiedOn: string | null; forms: readonly ExploitationForm[]; code: string },
  orgs: { police: ScaleOrganisation; prosecutor: ScaleOrganisation },
  asOf: Date,
): ScaleCase | null {
  if (!person.identifiedOn || !random.chance(casePerIdentifiedVictim)) return null;
  const end = asOf.getTime() - day;
  const opened = Date.parse(`${person.identifiedOn}T00:00:00Z`) + random.int(0, 60) * day;
  if (opened > end) return null;
  const complicity = random.chance(complicityShare);
  const forms = person.forms.length > 0 ? [...person.forms] : (['Other'] as ExploitationForm[]);
  const labour = !forms.includes('SexualExploitation');
  const id = ids.uuid();
  const count = random.chance(0.8) ? 1 : random.chance(0.85) ? 2 : 3;
  const defendants = Array.from({ length: count }, (_, i) =>
    generateDefendant(random, ids, id, iso(opened), end, complicity && i === 0),
  );
  const role = random.chance(0.6) ? ('victim_witness' as const) : ('victim' as const);
  // A victim-witness testifies at the first trial, once it has taken place.
  const trialOn = defendants[0]?.row.trialOn ?? null;
  return {
    id,
    reference: `${person.code}/C`,
    openedOn: iso(opened),
    legalBasis: [labour ? '144-2' : '144-1'],
    forms,
    complicity,
    owner: orgs.police,
    prosecutor: orgs.prosecutor,
    createdAt: new Date(Math.min(opened + day, asOf.getTime())),
    victim: { role, testifiedOn: role === 'victim_witness' ? trialOn : null },
    defendants,
  };
}

function generateDefendant(
  random: SeededRandom,
  ids: SeededRandom,
  caseId: string,
  openedOn: string,
  end: number,
  official: boolean,
): ScaleDefendant {
  const company = !official && random.chance(0.03);
  let d: Defendant = {
    id: ids.uuid(),
    caseId,
    kind: company ? 'company' : 'natural_person',
    nameSealed: '',
    sex: company ? 'unknown' : random.chance(0.3) ? 'female' : 'male',
    ageBand: company ? 'unknown' : random.pick(['18-29', '30-44', '30-44', '45-59'] as const),
    citizenship: random.chance(0.85) ? 'AZ' : random.pick(['RU', 'TR', 'GE', 'UZ']),
    publicOfficial: official,
    publicFunction: official ? 'Police officer' : null,
    stage: 'investigated',
    investigatedOn: openedOn,
    chargedOn: null,
    trialOn: null,
    verdict: null,
    verdictOn: null,
    closeReason: null,
    sentencedOn: null,
    sentence: null,
    sentenceReplaced: 0,
    sentenceReduced: false,
    appealedOn: null,
    finalOn: null,
    version: 1,
    createdAt: new Date(`${openedOn}T12:00:00Z`),
    updatedAt: new Date(`${openedOn}T12:00:00Z`),
  };
  const stages: ScaleStage[] = [
    { id: ids.uuid(), stage: 'investigated', occurredOn: openedOn, replacesStageId: null },
  ];
  let at = Date.parse(`${openedOn}T00:00:00Z`);
  let first: Sentence | null = null;
  // Each step a number of days later; a step past the snapshot has not happened: the rest waits.
  const step = (
    stage: DefendantStage,
    from: number,
    to: number,
    extra: Partial<StageInput> = {},
  ): boolean => {
    const next = at + random.int(from, to) * day;
    if (next > end) return false;
    at = next;
    const input: StageInput = { stage, occurredOn: iso(at), ...extra };
    const previous = stages.filter((s) => s.stage === 'sentence').at(-1);
    d = {
      ...d,
      ...applyStage(d, input, first),
      version: d.version + 1,
      updatedAt: new Date(at + 12 * 3_600_000),
    };
    stages.push({
      ...input,
      id: ids.uuid(),
      replacesStageId: stage === 'sentence' ? (previous?.id ?? null) : null,
    });
    if (stage === 'sentence' && !first) first = input.sentence ?? null;
    return true;
  };
  const outcome = random.weighted(outcomeWeights);
  if (outcome === 'closed')
    step('verdict', 60, 300, { verdict: 'closed', closeReason: 'insufficient_evidence' });
  else if (step('charged', 30, 180)) {
    if (outcome === 'dismissed') step('verdict', 30, 150, { verdict: 'dismissed' });
    else if (step('trial', 20, 90) && step('verdict', 30, 200, { verdict: outcome })) {
      if (outcome === 'convicted' && step('sentence', 0, 0, { sentence: sentenceOf(random, company) })) {
        if (random.chance(0.05) && step('appeal', 10, 40) && random.chance(0.4))
          step('sentence', 60, 150, {
            sentence: { ...sentenceOf(random, company), prisonMonths: 12, suspended: true },
          });
        step('final', 20, 60);
      }
    }
  }
  const measure =
    official && random.chance(0.7)
      ? {
          id: ids.uuid(),
          measure: random.chance(0.6) ? ('dismissal' as const) : ('suspension' as const),
          decidedOn: iso(Math.min(Date.parse(`${openedOn}T00:00:00Z`) + random.int(5, 60) * day, end)),
        }
      : null;
  return {
    row: d,
    name: company ? `Company ${d.id.slice(0, 8)}` : `Suspect ${d.id.slice(0, 8)}`,
    stages,
    measure,
  };
}

function sentenceOf(random: SeededRandom, company: boolean): Sentence {
  const kind = company ? 'fine' : random.weighted(kindWeights);
  const [low, high] = random.weighted(termWeights);
  return {
    prisonMonths: kind === 'prison' ? random.int(low, high) : kind === 'suspended' ? random.int(12, 36) : 0,
    suspended: kind === 'suspended',
    fine: kind === 'fine' ? random.int(2, 10) * 1000 : 0,
    confiscation: random.chance(0.1),
    compensationOrdered: random.chance(0.2) ? random.int(1, 20) * 1000 : 0,
    compensationPaid: 0,
  };
}
