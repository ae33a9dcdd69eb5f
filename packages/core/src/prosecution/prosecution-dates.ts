import { isCalendarDate } from '../support/calendar-date.ts';
import { invalid } from '../support/errors.ts';

/**
 * Checks the day an event of a case happened. Past days are allowed without limit (a country
 * loads its previous years' cases), the future is not: the day must be on or before tomorrow in
 * UTC (a day's slack for time zones ahead of UTC), and never before `notBefore` (an earlier
 * stage of the same defendant, the day the case was opened).
 */
export function checkEventDay(value: string, field: string, now: Date, notBefore?: string | null): string {
  if (!isCalendarDate(value) || value < '1950-01-01')
    throw invalid('Give the day as YYYY-MM-DD.', { fields: { [field]: 'invalid' } });
  const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  if (value > tomorrow) throw invalid('The day cannot be in the future.', { fields: { [field]: 'future' } });
  if (notBefore && value < notBefore)
    throw invalid(`The day cannot be before ${notBefore}, the day of the stage before it.`, {
      fields: { [field]: 'before_previous' },
    });
  return value;
}
