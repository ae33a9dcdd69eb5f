import type { Locale } from '../../model.ts';
import type { Period } from '../report-model.ts';

/**
 * A period's first and last day for prose: never ISO dates in a sentence. Each language builds
 * its phrase from these ("from 1 January to 30 June 2025", "с 1 января по 30 июня 2025 года",
 * "2025-ci ilin 1 yanvar – 30 iyun dövründə").
 */
export interface Day {
  day: number;
  /** 1..12 */
  month: number;
  year: number;
}

export interface PeriodDays {
  first: Day;
  /** The inclusive last day (a period's `to` is exclusive). */
  last: Day;
  /** The year when the period is exactly one calendar year, else null. */
  calendarYear: number | null;
}

function dayOf(date: string): Day {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { day, month, year };
}

function previousDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function periodDays(period: Period): PeriodDays {
  const first = dayOf(period.from);
  const last = dayOf(previousDay(period.to));
  const whole = first.day === 1 && first.month === 1 && last.day === 31 && last.month === 12;
  return { first, last, calendarYear: whole && first.year === last.year ? first.year : null };
}

/** Month names as a date says them: English nominative, Russian genitive, Azerbaijani nominative. */
export const monthsInDates: Record<Locale, readonly string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  ru: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(' '),
  az: 'yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr'.split(' '),
};

/** "1 January" / "1 января" / "1 yanvar". */
export function dayAndMonth(day: Day, locale: Locale): string {
  return `${day.day} ${monthsInDates[locale][day.month - 1]}`;
}

/** Every year a period's phrase can name (for the checks that strip dates before counting figures). */
export function yearsOf(period: Period): number[] {
  const { first, last } = periodDays(period);
  return first.year === last.year ? [first.year] : [first.year, last.year];
}
