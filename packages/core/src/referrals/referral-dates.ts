import { addWorkingDays } from '../identification/working-days.ts';
import { isCalendarDate } from '../support/calendar-date.ts';
import { invalid } from '../support/errors.ts';

/**
 * An event dated more than this many days before the day it is recorded is history being loaded
 * (a country's referrals from before OpenNRM): it raises no notification and no e-mail, and a
 * deadline that passed longer ago than this is not escalated. A fixed number, not a setting, so
 * that widening the backdating limit for a history load does not change what is history. The
 * default backdating limit equals it: with the default, nobody can date an event far enough back
 * to keep it quiet.
 */
export const historicAfterDays = 30;

/** The calendar day (UTC) of a moment, YYYY-MM-DD. */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The calendar day `days` before `day`. */
export function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return dayOf(date);
}

/** Whether an event that happened on `on` was recorded on a later day ("recorded later"). */
export function recordedLater(on: string, recordedAt: Date): boolean {
  return on < dayOf(recordedAt);
}

/** Whether an event is history being loaded rather than news (see historicAfterDays). */
export function isHistoric(on: string, recordedAt: Date): boolean {
  return on < daysBefore(dayOf(recordedAt), historicAfterDays);
}

/** A lower bound on an event's date, and what to tell the user when it is crossed. */
export interface EarliestDay {
  on: string;
  /** Why not earlier, as the user reads it: "the referral was sent on 2026-01-12". */
  because: string;
}

/**
 * The day an event happened: today when not given; otherwise a real date, not in the future, not
 * further back than the administrator's backdating limit, and not before what it follows (an
 * answer not before the sending). Checked here so that every use case refuses the same way,
 * with the field named.
 */
export function resolveHappenedOn(
  field: string,
  given: string | null | undefined,
  now: Date,
  backdateLimitDays: number,
  earliest: readonly (EarliestDay | null)[] = [],
): string {
  const today = dayOf(now);
  if (given === undefined || given === null) return today;
  if (!isCalendarDate(given))
    throw invalid('The date must be a real date (YYYY-MM-DD).', { fields: { [field]: 'invalid' } });
  if (given > today) throw invalid('The date is in the future.', { fields: { [field]: 'future' } });
  const limit = daysBefore(today, backdateLimitDays);
  if (given < limit)
    throw invalid(
      `Dates before ${limit} cannot be entered: the administrator limits how far back an event may be dated (${backdateLimitDays} days).`,
      { fields: { [field]: 'before_limit' }, limit },
    );
  for (const bound of earliest) {
    if (bound && given < bound.on)
      throw invalid(`The date cannot be before ${bound.on}: ${bound.because}.`, {
        fields: { [field]: 'too_early' },
        earliest: bound.on,
      });
  }
  return given;
}

/**
 * The response deadline, counted from the day the referral was sent. Sent today: the deadline
 * keeps the time of day, as screening deadlines do. Sent on an earlier day, whose hour is not
 * known: the end of the last working day, so the recipient is never held to less than the
 * deadline. A referral sent in 2014 is thus overdue since 2014, not since it was recorded.
 */
export function respondByFor(
  sentOn: string,
  now: Date,
  workingDays: number,
  holidays: ReadonlySet<string>,
): Date {
  const start = sentOn === dayOf(now) ? now : new Date(`${sentOn}T23:59:59.999Z`);
  return addWorkingDays(start, workingDays, holidays);
}
