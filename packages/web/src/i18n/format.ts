import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/types.ts';
import { dataOf } from './locale-data.ts';

/** BCP 47 tags for Intl where it is still used (sorting): British English gives day-month order. */
const intlTags: Record<Locale, string> = { en: 'en-GB', az: 'az-Latn-AZ', ru: 'ru-RU' };

export function intlTag(locale: string): string {
  return intlTags[locale as Locale] ?? locale;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** dd.mm.yyyy (hh:mm): the numeric form, the same in every language's own separator. */
export function numericDate(date: Date, withTime: boolean, separator = '.'): string {
  const day = [pad(date.getDate()), pad(date.getMonth() + 1), date.getFullYear()].join(separator);
  return withTime ? `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}` : day;
}

function parse(iso: string): Date | null {
  // A bare day ("2026-12-08") is a calendar day, not UTC midnight: read it in local time so a
  // user west of Greenwich does not see the day before.
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

function mediumDate(date: Date, locale: string): string {
  const data = dataOf(locale);
  return `${date.getDate()} ${data.months[date.getMonth()]} ${date.getFullYear()}${data.yearSuffix}`;
}

/** "8 Dec 2026", "8 dek 2026", "8 дек. 2026 г." from the shipped locale data, in local time. */
export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = parse(iso);
  return date ? mediumDate(date, locale) : iso;
}

/** "8 Dec 2026, 09:05": a 24-hour clock in all three languages. */
export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = parse(iso);
  if (!date) return iso;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return `${mediumDate(date, locale)}${dataOf(locale).dateTimeSeparator}${time}`;
}

export interface NumberOptions {
  maximumFractionDigits?: number;
  signDisplay?: 'auto' | 'exceptZero';
}

/**
 * Digits from the always-present root data, then the language's own group and decimal marks:
 * "1,234,567.5", "1.234.567,5", "1 234 567,5".
 */
export function formatNumber(value: number, locale: string, options: NumberOptions = {}): string {
  const data = dataOf(locale);
  const parts = new Intl.NumberFormat('en-US', {
    maximumFractionDigits: options.maximumFractionDigits ?? 3,
    signDisplay: options.signDisplay ?? 'auto',
  }).formatToParts(value);
  return parts
    .map((part) => (part.type === 'group' ? data.group : part.type === 'decimal' ? data.decimal : part.value))
    .join('');
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
