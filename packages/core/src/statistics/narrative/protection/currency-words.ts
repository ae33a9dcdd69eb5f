import type { Locale } from '../../../model.ts';
import { reportedCurrencyCodes } from '../../../protection/protection-vocabulary.ts';
import { forms, type RussianForms } from '../narrative-ru.ts';

/**
 * How the narrative names an amount's currency after the number, per language: the national
 * currency of the protection settings (`defaultCurrency`), never a fixed one. A currency without
 * words here is said by its ISO 4217 code ("400 GEL"), which every reader of a report can place.
 */
const words: Record<string, { en: string; az: string; ru: RussianForms }> = {
  AZN: { en: 'manat', az: 'manat', ru: forms('манат', 'маната', 'манатов') },
  USD: { en: 'US dollars', az: 'ABŞ dolları', ru: forms('доллар США', 'доллара США', 'долларов США') },
  EUR: { en: 'euros', az: 'avro', ru: forms('евро', 'евро', 'евро') },
  GEL: { en: 'lari', az: 'lari', ru: forms('лари', 'лари', 'лари') },
  RUB: { en: 'roubles', az: 'rubl', ru: forms('рубль', 'рубля', 'рублей') },
  TRY: { en: 'Turkish lira', az: 'türk lirəsi', ru: forms('турецкая лира', 'турецкие лиры', 'турецких лир') },
};

export function currencyWordEn(code: string): string {
  return words[code]?.en ?? code;
}

export function currencyWordAz(code: string): string {
  return words[code]?.az ?? code;
}

export function currencyFormsRu(code: string): RussianForms {
  return words[code]?.ru ?? forms(code, code, code);
}

/** A money table's column heading: the code, with its words where known ("AZN (manat)"). */
export function currencyLabel(code: string, locale: Locale): string {
  const known = words[code];
  if (!known) return code;
  const word = locale === 'az' ? known.az : locale === 'ru' ? known.ru.one : known.en;
  return `${code} (${word})`;
}

/** The labels of the currencies with a column, in the catalogue's order. */
export function currencyLabels(locale: Locale): Record<(typeof reportedCurrencyCodes)[number], string> {
  return Object.fromEntries(
    reportedCurrencyCodes.map((code) => [code, currencyLabel(code, locale)]),
  ) as Record<(typeof reportedCurrencyCodes)[number], string>;
}
