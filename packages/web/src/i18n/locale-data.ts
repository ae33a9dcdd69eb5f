import type { Locale } from '../api/types.ts';

/**
 * The date and number conventions of the three interface languages, copied from CLDR 44 (the
 * data behind Intl in full-ICU runtimes). They ship with the application because browser builds
 * differ: Debian's Chromium has no Azerbaijani data and prints "2026 M12 8" and English grouping,
 * while reporting the language as supported. With the data here every browser prints the same.
 */
export interface LocaleData {
  /** Abbreviated month names as they stand in a medium date ("8 Dec 2026"). */
  months: readonly string[];
  /** Appended to the year in a medium date (Russian "2026 г."). */
  yearSuffix: string;
  /** Between the date and the time. */
  dateTimeSeparator: string;
  /** Separator of the numeric date a user types (dd.mm.yyyy or dd/mm/yyyy). */
  numericDateSeparator: string;
  group: string;
  decimal: string;
}

export const localeData: Record<Locale, LocaleData> = {
  en: {
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    yearSuffix: '',
    dateTimeSeparator: ', ',
    numericDateSeparator: '/',
    group: ',',
    decimal: '.',
  },
  az: {
    months: ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek'],
    yearSuffix: '',
    dateTimeSeparator: ', ',
    numericDateSeparator: '.',
    group: '.',
    decimal: ',',
  },
  ru: {
    months: [
      'янв.',
      'февр.',
      'мар.',
      'апр.',
      'мая',
      'июн.',
      'июл.',
      'авг.',
      'сент.',
      'окт.',
      'нояб.',
      'дек.',
    ],
    yearSuffix: ' г.',
    dateTimeSeparator: ', ',
    numericDateSeparator: '.',
    // CLDR's Russian group separator is a no-break space, so a figure never wraps inside.
    group: '\u00a0',
    decimal: ',',
  },
};

/** The data of a language; English for a language the application does not offer. */
export function dataOf(locale: string): LocaleData {
  return localeData[locale as Locale] ?? localeData.en;
}
