/**
 * Calendar days in the country's time zone (an IANA name such as Asia/Baku): reporting periods
 * begin and end at local midnight, and an event recorded as an instant belongs to the local day
 * it happened on. PostgreSQL does the same in SQL with `at time zone`.
 */

/** Whether Intl (and so the tz database PostgreSQL also ships) knows the zone. */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();
function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock reading of an instant in the zone, as if it were UTC (ms). */
function wallClock(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatIn(timeZone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
}

/** The local day (YYYY-MM-DD) an instant falls on in the zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  return new Date(wallClock(instant.getTime(), timeZone)).toISOString().slice(0, 10);
}

/**
 * The instant a local day begins in the zone (local midnight; where a change of offset skips
 * midnight, the first instant of that day), as PostgreSQL's `date::timestamp at time zone`.
 */
export function dayStartsAt(date: string, timeZone: string): Date {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  let guess = midnight;
  for (let i = 0; i < 3; i++) {
    const offset = wallClock(guess, timeZone) - guess;
    guess = midnight - offset;
  }
  return new Date(guess);
}
