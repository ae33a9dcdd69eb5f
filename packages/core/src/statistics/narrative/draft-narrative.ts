import { defaultProtectionSettings } from '../../protection/protection-settings.ts';
import type { EnglishSpelling } from '../glossary/english-spelling.ts';
import { spellEnglish } from '../glossary/english-spelling.ts';
import type { NarrativeParagraph, Report } from '../report-model.ts';
import type { NarrativeContext } from './narrative-language.ts';
import { assembleParagraph, type Piece } from './narrative-pieces.ts';
import { narrativeSections } from './narrative-sections.ts';

export type NarrativeInput = Pick<
  Report,
  'locale' | 'tables' | 'period' | 'previousPeriod' | 'view' | 'threshold' | 'source'
> &
  Partial<Pick<Report, 'scope' | 'currency'>> & {
    /** English spelling of the submission (default British). */
    spelling?: EnglishSpelling | undefined;
    /** The reporting country's name in the report's language, when known. */
    countryName?: string | undefined;
  };

/**
 * The report's narrative, drafted from its own tables: every number in the text is a cell of
 * `input.tables` (listed in the paragraph's figures, in the order the text says them), so the
 * draft can be edited for style but never disagrees with the tables. A paragraph whose tables
 * are absent (a CTDC dataset has no decisions or referrals) is left out.
 */
export function draftNarrative(input: NarrativeInput): NarrativeParagraph[] {
  return draftNarrativeSections(input).map(({ paragraph }) => paragraph);
}

/** The narrative's paragraphs with the key of the section that drafted each (the country report groups them). */
export function draftNarrativeSections(
  input: NarrativeInput,
): { key: string; paragraph: NarrativeParagraph }[] {
  const tables = new Map(input.tables.map((table) => [table.key, table]));
  const spelling = input.spelling ?? 'british';
  const ctx: NarrativeContext = {
    period: input.period,
    previousPeriod: input.previousPeriod,
    threshold: input.threshold,
    source: input.source.kind,
    scope: input.scope ?? { kind: 'national' },
    countryName: input.countryName,
    spelling,
    // A report drafted before it carried its currency: the protection settings' own default.
    currency: input.currency ?? defaultProtectionSettings.defaultCurrency,
  };
  // Templates are written in British spelling; the words (never the figures) follow the setting.
  const spell = (sentences: Piece[][]) =>
    input.locale === 'en' && spelling !== 'british'
      ? sentences.map((s) =>
          s.map((piece) => (typeof piece === 'string' ? spellEnglish(piece, spelling) : piece)),
        )
      : sentences;
  return narrativeSections.flatMap((section) => {
    const plan = section.plan(tables);
    const paragraph = plan === null ? null : assembleParagraph(spell(section.words[input.locale](plan, ctx)));
    return paragraph ? [{ key: section.key, paragraph }] : [];
  });
}
