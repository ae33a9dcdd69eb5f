import type { NarrativeParagraph, Report } from '../report-model.ts';
import type { NarrativeContext } from './narrative-language.ts';
import { assembleParagraph } from './narrative-pieces.ts';
import { narrativeSections } from './narrative-sections.ts';

export type NarrativeInput = Pick<
  Report,
  'locale' | 'tables' | 'period' | 'previousPeriod' | 'view' | 'threshold' | 'source'
>;

/**
 * The report's narrative, drafted from its own tables: every number in the text is a cell of
 * `input.tables` (listed in the paragraph's figures, in the order the text says them), so the
 * draft can be edited for style but never disagrees with the tables. A paragraph whose tables
 * are absent (a CTDC dataset has no decisions or referrals) is left out.
 */
export function draftNarrative(input: NarrativeInput): NarrativeParagraph[] {
  const tables = new Map(input.tables.map((table) => [table.key, table]));
  const ctx: NarrativeContext = {
    period: input.period,
    previousPeriod: input.previousPeriod,
    threshold: input.threshold,
    source: input.source.kind,
  };
  return narrativeSections.flatMap((section) => {
    const plan = section.plan(tables);
    const paragraph = plan === null ? null : assembleParagraph(section.words[input.locale](plan, ctx));
    return paragraph ? [paragraph] : [];
  });
}
