import { dataOf } from './locale-data.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-12-08" -> "08.12.2026" (az, ru) or "08/12/2026" (en): the form a user types. */
export function isoToDateText(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return '';
  const separator = dataOf(locale).numericDateSeparator;
  return [match[3], match[2], match[1]].join(separator);
}

/**
 * What the user typed -> "YYYY-MM-DD", '' for nothing, null for what is not a date. Day first in
 * every language (with dots, slashes, dashes or spaces between), or an ISO date pasted whole.
 */
export function dateTextToIso(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const dayFirst = /^(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dayFirst
      ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
      : [0, 0, 0];
  if (year < 1000) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31.02 rolls over to March in Date: a day that does not exist is not a date.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}
