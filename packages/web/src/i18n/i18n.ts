import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Locale, locales } from '../api/types.ts';
import { en } from './en.ts';

/** Where the language is kept before sign-in (after it, the user's profile is the record). */
export const localeStorageKey = 'opennrm.locale';

/**
 * English is the reference and the fallback, so it ships in the first page; Azerbaijani and
 * Russian (some 30 kB gzipped each) are fetched only by those who read them (switchLocale).
 */
export const resources = { en: { translation: en } } as const;

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Record<string, unknown>>> = {
  az: () => import('./az.ts').then((m) => m.az),
  ru: () => import('./ru.ts').then((m) => m.ru),
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Stored choice first, then the browser's languages, then English. */
export function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(localeStorageKey);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be disabled (private mode, policies); the browser language still works.
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(localeStorageKey, locale);
  } catch {
    // Not fatal: the choice still applies to this page.
  }
}

export const i18n = i18next.createInstance();

// Screen readers pick pronunciation from <html lang>; keep it (and dir, for future RTL
// languages) in step with every change of language.
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  document.documentElement.dir = i18n.dir(lng);
});

void i18n.use(initReactI18next).init({
  resources,
  // The stored language is switched to (and fetched) before the first render: see main.tsx.
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...locales],
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** Fetches the language's text if this page has not yet, then changes to it. */
export async function switchLocale(locale: Locale): Promise<void> {
  if (locale !== 'en' && !i18n.hasResourceBundle(locale, 'translation')) {
    i18n.addResourceBundle(locale, 'translation', await loaders[locale]());
  }
  await i18n.changeLanguage(locale);
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'en';
}
