import type { Locale } from '../model.ts';
import type { MeasureUnit } from './catalogue.ts';
import type { DimensionKey } from './dimensions.ts';
import { type EnglishSpelling, spellEnglishDeep } from './glossary/english-spelling.ts';
import { statisticsLabelsAz } from './labels/statistics-labels-az.ts';
import { statisticsLabelsEn } from './labels/statistics-labels-en.ts';
import { statisticsLabelsRu } from './labels/statistics-labels-ru.ts';

/**
 * Everything a report says in words besides the narrative: table titles, their definitions
 * (population, the date that places a record in a period, the measure), dimension names and
 * value labels. One file per language with the same keys (the type makes a missing one an error).
 */
export interface StatisticsLabels {
  tables: Record<string, { title: string; definition: string }>;
  dimensions: Record<DimensionKey, { label: string; values: Record<string, string> }>;
  /** Words of the table layout: total, previous year, change, suppressed marker, median. */
  layout: {
    total: string;
    change: string;
    /** Shown instead of every hidden figure ("x"): one mark, whatever the figure's size. */
    suppressed: string;
    suppressedNote: string;
    medianDays: string;
    count: string;
    /** Headings of a sum and a median of a numeric value, followed by its unit. */
    sum: string;
    median: string;
    units: Record<MeasureUnit, string>;
  };
}

const byLocale: Record<Locale, StatisticsLabels> = {
  en: statisticsLabelsEn,
  az: statisticsLabelsAz,
  ru: statisticsLabelsRu,
};

const american = new Map<Locale, StatisticsLabels>();

/** The labels in a language; English in the submission's spelling (British unless told). */
export function statisticsLabels(locale: Locale, spelling: EnglishSpelling = 'british'): StatisticsLabels {
  if (locale !== 'en' || spelling === 'british') return byLocale[locale];
  let labels = american.get(locale);
  if (!labels) {
    labels = spellEnglishDeep(byLocale[locale], spelling);
    american.set(locale, labels);
  }
  return labels;
}
