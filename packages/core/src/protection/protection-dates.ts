import { isCalendarDate } from '../support/calendar-date.ts';
import { invalid } from '../support/errors.ts';

/**
 * An event's own day: a real date, not after tomorrow (UTC; a day of slack for time zones ahead
 * of UTC). Past days are fine: a country loads the years before OpenNRM through the same API.
 */
export function checkEventDay(field: string, value: string, now: Date): string {
  const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  if (!isCalendarDate(value) || value > tomorrow || value < '1990-01-01')
    throw invalid(`${field}: a date from 1990 to today.`, { fields: { [field]: 'invalid' } });
  return value;
}

/** An optional end day that must not precede its start. */
export function checkEndDay(field: string, value: string | null | undefined, start: string): string | null {
  if (value === null || value === undefined) return null;
  if (!isCalendarDate(value) || value < start)
    throw invalid(`${field}: a date on or after ${start}.`, { fields: { [field]: 'invalid' } });
  return value;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Money in major units with at most two decimals, positive, below a trillion. */
export function checkAmount(field: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0 || value >= 1e12 || Math.round(value * 100) !== value * 100)
    throw invalid(`${field}: a positive amount with at most two decimals.`, {
      fields: { [field]: 'invalid' },
    });
  return value;
}

export function checkCurrency(value: string): string {
  if (!/^[A-Z]{3}$/.test(value))
    throw invalid('The currency is a three-letter ISO 4217 code.', { fields: { currency: 'invalid' } });
  return value;
}
