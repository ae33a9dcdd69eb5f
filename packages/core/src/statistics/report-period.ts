import { isCalendarDate } from '../support/calendar-date.ts';
import { invalid } from '../support/errors.ts';
import type { Period } from './report-model.ts';

export interface PeriodInput {
  year?: number | undefined;
  from?: string | undefined;
  /** Inclusive last day. */
  to?: string | undefined;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The report's period and the one it is compared with: a calendar year and the year before, or
 * any from-to range and the range of the same length just before it. Default: the last full year.
 */
export function resolvePeriods(input: PeriodInput, now: Date): { current: Period; previous: Period } {
  if (input.from !== undefined || input.to !== undefined) {
    if (input.year !== undefined) throw invalid('Give a year or a from-to period, not both.');
    const { from, to } = input;
    if (!from || !to || !isCalendarDate(from) || !isCalendarDate(to) || from > to) {
      throw invalid('A period needs from and to dates (YYYY-MM-DD), from not after to.', {
        fields: { from: 'invalid', to: 'invalid' },
      });
    }
    const end = addDays(to, 1);
    const length = daysBetween(from, end);
    if (length > 3660) throw invalid('A period is at most ten years long.', { fields: { to: 'invalid' } });
    const previousFrom = addDays(from, -length);
    return {
      current: { from, to: end, label: `${from} – ${to}` },
      previous: { from: previousFrom, to: from, label: `${previousFrom} – ${addDays(from, -1)}` },
    };
  }
  const year = input.year ?? now.getUTCFullYear() - 1;
  if (!Number.isInteger(year) || year < 1990 || year > 2100) {
    throw invalid('The year must be between 1990 and 2100.', { fields: { year: 'invalid' } });
  }
  return {
    current: { from: `${year}-01-01`, to: `${year + 1}-01-01`, label: String(year) },
    previous: { from: `${year - 1}-01-01`, to: `${year}-01-01`, label: String(year - 1) },
  };
}

/** CTDC datasets know only the year of registration. */
export function isWholeYears(period: Period): boolean {
  return period.from.endsWith('-01-01') && period.to.endsWith('-01-01');
}
