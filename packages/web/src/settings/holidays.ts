export interface ParsedHolidays {
  /** Valid dates, sorted and each once. */
  dates: string[];
  /** Lines that are not a real calendar date, as typed. */
  invalid: string[];
}

/** One holiday per line (YYYY-MM-DD); commas also separate, blank lines are ignored. */
export function parseHolidays(text: string): ParsedHolidays {
  const dates = new Set<string>();
  const invalid: string[] = [];
  for (const raw of text.split(/[\n,;]+/)) {
    const line = raw.trim();
    if (!line) continue;
    if (isCalendarDate(line)) dates.add(line);
    else invalid.push(line);
  }
  return { dates: [...dates].sort(), invalid };
}

/** 2015-02-30 matches the pattern but is no day: Date would silently roll it into March. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
