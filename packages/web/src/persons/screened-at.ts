/**
 * The interview date as the screening's timestamp. Today (or no date) means "now", which the
 * server fills in; an earlier day is taken at local noon, so a time zone never moves it to the
 * neighbouring date. A future day is returned as is: the server refuses it with a field error.
 */
export function screenedAtFrom(date: string, now: Date = new Date()): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  if (date === localIsoDate(now)) return undefined;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, 12).toISOString();
}

/** YYYY-MM-DD of a moment in the browser's time zone (what a date input shows). */
export function localIsoDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
