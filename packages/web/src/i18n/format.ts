import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/types.ts';

/** BCP 47 tags for Intl: British English gives day-month order, as the other two languages do. */
const intlTags: Record<Locale, string> = { en: 'en-GB', az: 'az-Latn-AZ', ru: 'ru-RU' };

export function intlTag(locale: string): string {
  return intlTags[locale as Locale] ?? locale;
}

const supported = new Map<string, boolean>();

/**
 * Some browser builds ship without Azerbaijani date data and print "2026 M11 28"; for a language
 * the browser cannot format, day.month.year (the convention in all three languages) is used.
 */
function canFormat(tag: string): boolean {
  let known = supported.get(tag);
  if (known === undefined) {
    known = Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
    supported.set(tag, known);
  }
  return known;
}

export function numericDate(date: Date, withTime: boolean): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
  return withTime ? `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}` : day;
}

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (!canFormat(intlTag(locale))) return numericDate(date, true);
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (!canFormat(intlTag(locale))) return numericDate(date, false);
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium' }).format(date);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(intlTag(locale)).format(value);
}

/** Formatters bound to the interface language, re-rendering when it changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    dateTime: (iso: string | null | undefined) => formatDateTime(iso, locale),
    date: (iso: string | null | undefined) => formatDate(iso, locale),
    number: (value: number) => formatNumber(value, locale),
  };
}
