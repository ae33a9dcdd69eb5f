import azCountries from 'i18n-iso-countries/langs/az.json' with { type: 'json' };
import enCountries from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ruCountries from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import { azLanguageNames } from './language-names-az.ts';

type CountryNames = Record<string, string | string[]>;

/** Maintained country names (i18n-iso-countries) ship with the application, not the browser. */
const countryNamesByLanguage: Record<string, CountryNames> = {
  az: azCountries.countries as CountryNames,
  en: enCountries.countries as CountryNames,
  ru: ruCountries.countries as CountryNames,
};

/** "az", "az-Latn-AZ" -> "az". */
const languageOf = (locale: string) => locale.split('-')[0]?.toLowerCase() ?? 'en';

/** The country's name in the interface language; the code itself if no list knows it. */
export function countryName(code: string, locale: string): string {
  const upper = code.toUpperCase();
  const names = countryNamesByLanguage[languageOf(locale)] ?? countryNamesByLanguage.en;
  const name = names?.[upper] ?? countryNamesByLanguage.en?.[upper];
  if (name === undefined) return code;
  return Array.isArray(name) ? (name[0] ?? code) : name;
}

function intlLanguageName(code: string, tag: string): string | null {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : null;
  } catch {
    return null;
  }
}

/**
 * The language's name in the interface language: the shipped Azerbaijani list first (browsers
 * may lack the data), the browser's data for English and Russian, the English name, the code.
 */
export function languageName(code: string, locale: string): string {
  const lower = code.toLowerCase();
  const language = languageOf(locale);
  if (language === 'az') return azLanguageNames[lower] ?? intlLanguageName(lower, 'en') ?? code;
  return intlLanguageName(lower, language === 'ru' ? 'ru' : 'en') ?? code;
}
