import type { Locale } from '../../model.ts';
import type { NarrativeParagraph, Report } from '../report-model.ts';
import { narrativeAz } from './narrative-az.ts';
import { narrativeEn } from './narrative-en.ts';
import type { NarrativeContext, NarrativeLanguage } from './narrative-language.ts';
import { assembleParagraph } from './narrative-pieces.ts';
import { planDecisions, planIdentification, planReferrals } from './narrative-plan.ts';
import { narrativeRu } from './narrative-ru.ts';

export type NarrativeInput = Pick<
  Report,
  'locale' | 'tables' | 'period' | 'previousPeriod' | 'view' | 'threshold' | 'source'
>;

const languages: Record<Locale, NarrativeLanguage> = { en: narrativeEn, az: narrativeAz, ru: narrativeRu };

/**
 * The report's narrative, drafted from its own tables: every number in the text is a cell of
 * `input.tables` (listed in the paragraph's figures, in the order the text says them), so the
 * draft can be edited for style but never disagrees with the tables. A paragraph whose tables
 * are absent (a CTDC dataset has no decisions or referrals) is left out.
 */
export function draftNarrative(input: NarrativeInput): NarrativeParagraph[] {
  const tables = new Map(input.tables.map((table) => [table.key, table]));
  const language = languages[input.locale];
  const ctx: NarrativeContext = {
    period: input.period,
    previousPeriod: input.previousPeriod,
    threshold: input.threshold,
    source: input.source.kind,
  };
  const identification = planIdentification(tables);
  const decisions = planDecisions(tables);
  const referrals = planReferrals(tables);
  const paragraphs = [
    identification && assembleParagraph(language.identification(identification, ctx)),
    decisions && assembleParagraph(language.decisions(decisions, ctx)),
    referrals && assembleParagraph(language.referrals(referrals, ctx)),
  ];
  return paragraphs.filter((paragraph) => paragraph !== null);
}
