import type { Locale } from '../model.ts';
import { isCalendarDate } from '../support/calendar-date.ts';
import { DomainError, invalid } from '../support/errors.ts';
import type { Period, ReportView } from './report-model.ts';
import { localDateOf } from './zoned-day.ts';

export interface PeriodInput {
  /** The reporting year that begins in this calendar year (in the configured start month). */
  year?: number | undefined;
  from?: string | undefined;
  /** Inclusive last day. */
  to?: string | undefined;
}

/** How the country counts its reporting year (statistics settings). */
export interface ReportingCalendar {
  /** 1 = calendar year; 4 = the TIP report's April to March. */
  yearStartMonth: number;
  /** IANA name: periods begin at local midnight there. */
  timeZone: string;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const monthNames: Record<Locale, readonly string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  az: 'yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr'.split(' '),
  ru: 'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(' '),
};

/** "2014" for a calendar year, else "April 2014 – March 2015" (in the report's language). */
export function reportingYear(year: number, calendar: ReportingCalendar, locale: Locale = 'en'): Period {
  const m = calendar.yearStartMonth;
  const month = String(m).padStart(2, '0');
  const from = `${year}-${month}-01`;
  const to = `${year + 1}-${month}-01`;
  if (m === 1) return { from, to, label: String(year) };
  const names = monthNames[locale];
  const first = names[m - 1]!;
  const label = `${first.charAt(0).toLocaleUpperCase(locale)}${first.slice(1)} ${year} – ${names[m - 2]!} ${year + 1}`;
  return { from, to, label };
}

/** The last reporting year that has ended by `now` in the country's time zone. */
export function lastFullReportingYear(now: Date, calendar: ReportingCalendar): number {
  const today = localDateOf(now, calendar.timeZone);
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= calendar.yearStartMonth ? year - 1 : year - 2;
}

/**
 * The report's period and the one it is compared with: a reporting year (of the configured kind)
 * and the year before, or (internal view only) any from-to range and the range of the same
 * length just before it. Default: the last full reporting year. Published figures come only by
 * whole reporting years: two published ranges that overlap would give, by difference, the
 * figures of a short stretch, small cells and all.
 */
export function resolvePeriods(
  input: PeriodInput,
  now: Date,
  calendar: ReportingCalendar = { yearStartMonth: 1, timeZone: 'UTC' },
  options: { view?: ReportView | undefined; locale?: Locale | undefined } = {},
): { current: Period; previous: Period } {
  if (input.from !== undefined || input.to !== undefined) {
    if (input.year !== undefined) throw invalid('Give a year or a from-to period, not both.');
    if (options.view === 'published') {
      // A request the published view never answers (400), not a value to correct (422).
      throw new DomainError(
        'bad_request',
        'The published view gives whole reporting years only: choose a year. A custom from-to period is available in the internal view.',
        { fields: { from: 'not_allowed', to: 'not_allowed' } },
      );
    }
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
  const year = input.year ?? lastFullReportingYear(now, calendar);
  if (!Number.isInteger(year) || year < 1990 || year > 2100) {
    throw invalid('The year must be between 1990 and 2100.', { fields: { year: 'invalid' } });
  }
  return {
    current: reportingYear(year, calendar, options.locale),
    previous: reportingYear(year - 1, calendar, options.locale),
  };
}

/** CTDC datasets know only the year of registration. */
export function isWholeYears(period: Period): boolean {
  return period.from.endsWith('-01-01') && period.to.endsWith('-01-01');
}
