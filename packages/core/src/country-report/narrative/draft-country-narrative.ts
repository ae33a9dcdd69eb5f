import type { Locale } from '../../model.ts';
import { defaultProtectionSettings } from '../../protection/protection-settings.ts';
import { spellEnglish } from '../../statistics/glossary/english-spelling.ts';
import { draftNarrativeSections } from '../../statistics/narrative/draft-narrative.ts';
import type { NarrativeContext } from '../../statistics/narrative/narrative-language.ts';
import { assembleParagraph } from '../../statistics/narrative/narrative-pieces.ts';
import type { NarrativeParagraph, Report } from '../../statistics/report-model.ts';
import type { MinimumStandardsAssessment } from '../assessment/assess-minimum-standards.ts';
import { planSummary, wordSummary } from './summary-section.ts';

/** The seed's structure: summary, recommendations, then the three parts of the narrative. */
export const narrativeParts = [
  'summary',
  'recommendations',
  'prosecution',
  'protection',
  'prevention',
] as const;
export type NarrativePart = (typeof narrativeParts)[number];

/** Which part each narrative section of the annual report belongs to; unlisted ones go to prevention. */
const partOfSection: Record<string, NarrativePart> = {
  prosecution: 'prosecution',
  identification: 'protection',
  decisions: 'protection',
  referrals: 'protection',
  protection: 'protection',
};

export const partTitles: Record<Locale, Record<NarrativePart, string>> = {
  en: {
    summary: 'Summary',
    recommendations: 'Recommendations',
    prosecution: 'Prosecution',
    protection: 'Protection',
    prevention: 'Prevention',
  },
  az: {
    summary: 'Xülasə',
    recommendations: 'Tövsiyələr',
    prosecution: 'Cinayət təqibi',
    protection: 'Qurbanların müdafiəsi',
    prevention: 'Qarşısının alınması',
  },
  ru: {
    summary: 'Краткое изложение',
    recommendations: 'Рекомендации',
    prosecution: 'Уголовное преследование',
    protection: 'Защита жертв',
    prevention: 'Предотвращение',
  },
};

// Said when the prevention records are empty in both years (the section then has no paragraph).
const noPrevention: Record<Locale, string> = {
  en: 'No awareness activity, training of officials, hotline contact or action plan activity is recorded for the period or the one before.',
  az: 'Bu dövr və əvvəlki dövr üzrə heç bir maarifləndirmə tədbiri, vəzifəli şəxslərin təlimi, qaynar xəttə müraciət və ya fəaliyyət planı tədbiri qeydə alınmamışdır.',
  ru: 'За период и предыдущий период не учтено ни одного просветительского мероприятия, обучения должностных лиц, обращения на горячую линию или мероприятия плана действий.',
};

export interface DraftPart {
  part: NarrativePart;
  title: string;
  paragraphs: NarrativeParagraph[];
}

/**
 * The country narrative drafted from the report (internal national view) and the
 * self-assessment: every number in it is a cell of the report's tables, listed with its
 * paragraph, and each comparison is computed from the two periods' cells.
 */
export function draftCountryNarrative(report: Report, assessment: MinimumStandardsAssessment): DraftPart[] {
  const locale = report.locale;
  // The assessment's sentences are written in British spelling; the TIP report's are US.
  const spelling = report.spelling ?? 'british';
  const words = (text: string): NarrativeParagraph => ({
    text: locale === 'en' && spelling !== 'british' ? spellEnglish(text, spelling) : text,
    figures: [],
  });
  const ctx: NarrativeContext = {
    period: report.period,
    previousPeriod: report.previousPeriod,
    threshold: report.threshold,
    source: report.source.kind,
    scope: report.scope,
    spelling,
    currency: report.currency ?? defaultProtectionSettings.defaultCurrency,
  };
  const sections = draftNarrativeSections(report);
  const tables = new Map(report.tables.map((table) => [table.key, table]));
  const summaryPlan = planSummary(tables);
  const summary = summaryPlan ? assembleParagraph(wordSummary(summaryPlan, locale, ctx)) : null;
  const findings = assessment.weaknesses.map((w) => w.finding).join(' ');
  const paragraphs: Record<NarrativePart, NarrativeParagraph[]> = {
    summary: [
      words(assessment.advisory.text),
      ...(summary ? [summary] : []),
      ...(findings ? [words(findings)] : []),
    ],
    recommendations:
      assessment.weaknesses.length > 0
        ? [words(assessment.weaknesses.map((w) => w.recommendation).join(' '))]
        : [],
    prosecution: [],
    protection: [],
    prevention: [],
  };
  for (const { key, paragraph } of sections) paragraphs[partOfSection[key] ?? 'prevention'].push(paragraph);
  if (paragraphs.prevention.length === 0) paragraphs.prevention.push(words(noPrevention[locale]));
  return narrativeParts.map((part) => ({
    part,
    title: partTitles[locale][part],
    paragraphs: paragraphs[part],
  }));
}
