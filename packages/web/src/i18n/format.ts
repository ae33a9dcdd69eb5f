import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/types.ts';

/** BCP 47 tags for Intl: British English gives day-month order, as the other two languages do. */
const intlTags: Record<Locale, string> = { en: 'en-GB', az: 'az-Latn-AZ', ru: 'ru-RU' };

export function intlTag(locale: string): string {
  return intlTags[locale as Locale] ?? locale;
}

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
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
