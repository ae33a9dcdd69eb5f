/**
 * Whether `value` is a real calendar date written YYYY-MM-DD. The pattern alone lets
 * "2026-02-30" through, and PostgreSQL then refuses it: checked here, it is a 4xx, not a 500.
 */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number(m[1]) >= 1000 && date.toISOString().slice(0, 10) === value;
}
