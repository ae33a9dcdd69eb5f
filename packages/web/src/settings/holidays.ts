/** 2015-02-30 matches the pattern but is no day: Date would silently roll it into March. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The holidays with one more day, in order; or why it cannot be added (at most 100, each once). */
export function addHoliday(
  holidays: readonly string[],
  day: string,
): string[] | 'empty' | 'repeated' | 'full' {
  if (!isCalendarDate(day)) return 'empty';
  if (holidays.includes(day)) return 'repeated';
  if (holidays.length >= 100) return 'full';
  return [...holidays, day].sort();
}
