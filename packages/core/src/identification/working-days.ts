/**
 * Adds working days (Monday to Friday, minus the given public holidays) to a moment. Deadlines
 * such as "first decision within 5 working days of screening" are counted this way; the result
 * keeps the time of day, so a screening at 15:00 on Friday is due at 15:00 the next Friday.
 */
export function addWorkingDays(start: Date, days: number, holidays: ReadonlySet<string> = new Set()): Date {
  const date = new Date(start.getTime());
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(date.toISOString().slice(0, 10))) left -= 1;
  }
  return date;
}
