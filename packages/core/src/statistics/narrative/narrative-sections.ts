import type { Locale } from '../../model.ts';
import { defaultSentenceBands } from '../../prosecution/sentence-bands.ts';
import type { ReportTable } from '../report-model.ts';
import { narrativeAz } from './narrative-az.ts';
import { narrativeEn } from './narrative-en.ts';
import type { NarrativeContext } from './narrative-language.ts';
import type { Piece } from './narrative-pieces.ts';
import { planDecisions, planIdentification, planReferrals } from './narrative-plan.ts';
import { narrativeRu } from './narrative-ru.ts';
import { planPrevention } from './prevention/plan-prevention.ts';
import { preventionAz } from './prevention/prevention-az.ts';
import { preventionEn } from './prevention/prevention-en.ts';
import { preventionRu } from './prevention/prevention-ru.ts';
import { prosecutionAz } from './prosecution/prosecution-az.ts';
import { prosecutionEn } from './prosecution/prosecution-en.ts';
import { planProsecution } from './prosecution/prosecution-plan.ts';
import { prosecutionRu } from './prosecution/prosecution-ru.ts';
import { sentenceBandPhrase } from './prosecution/sentence-band-words.ts';
import { planProtection } from './protection/plan-protection.ts';
import { protectionAz } from './protection/protection-az.ts';
import { protectionEn } from './protection/protection-en.ts';
import { protectionRu } from './protection/protection-ru.ts';

/**
 * One paragraph of the narrative: a plan that picks the cells it quotes (once, for every
 * language, so the languages cannot disagree on a number) and its wording in each language
 * (sentences of pieces; a number enters only as a figure piece of a picked cell). A module adds
 * its section in narrative/<module>/ and one line to `narrativeSections`.
 */
export interface NarrativeSection<P> {
  key: string;
  /** Null when the report has none of the section's tables (a CTDC dataset, a trimmed download). */
  plan(tables: ReadonlyMap<string, ReportTable>): P | null;
  words: Record<Locale, (plan: P, ctx: NarrativeContext) => Piece[][]>;
  /**
   * Fixed wording that contains numbers but quotes no figure (a sentence band's bounds, "three
   * to six years"): the narrative checks leave these out when they match numbers to figures.
   */
  fixedPhrases?: Partial<Record<Locale, readonly string[]>>;
}

/** A section with its plan type checked against its wordings, stored without it. */
export function defineSection<P>(section: NarrativeSection<P>): NarrativeSection<unknown> {
  return section as NarrativeSection<unknown>;
}

const identification = defineSection({
  key: 'identification',
  plan: planIdentification,
  words: { en: narrativeEn.identification, az: narrativeAz.identification, ru: narrativeRu.identification },
});

const decisions = defineSection({
  key: 'decisions',
  plan: planDecisions,
  words: { en: narrativeEn.decisions, az: narrativeAz.decisions, ru: narrativeRu.decisions },
});

const referrals = defineSection({
  key: 'referrals',
  plan: planReferrals,
  words: { en: narrativeEn.referrals, az: narrativeAz.referrals, ru: narrativeRu.referrals },
});

const prosecution = defineSection({
  key: 'prosecution',
  plan: planProsecution,
  words: { en: prosecutionEn, az: prosecutionAz, ru: prosecutionRu },
  // The default bands' bounds in words (part of the label, not figures). Not every whole-year
  // band: "seven to ten years" would also swallow the figure of "seven to ten years or more".
  fixedPhrases: { en: defaultSentenceBands.map((band) => sentenceBandPhrase(band, 'en')) },
});

const protection = defineSection({
  key: 'protection',
  plan: planProtection,
  words: { en: protectionEn, az: protectionAz, ru: protectionRu },
});

const prevention = defineSection({
  key: 'prevention',
  plan: planPrevention,
  words: { en: preventionEn, az: preventionAz, ru: preventionRu },
});

/** The narrative's paragraphs, in the order the report reads them. */
export const narrativeSections: readonly NarrativeSection<unknown>[] = [
  identification,
  decisions,
  referrals,
  prosecution,
  protection,
  prevention,
];
