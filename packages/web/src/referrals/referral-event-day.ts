import { localIsoDate } from '../persons/screened-at.ts';

/**
 * The day an event happened and, when it was entered on a later day, that day too: "12 Mar 2014,
 * recorded 2 Dec 2026". The recorded day is the UTC day of the recorded moment, as the server
 * decides "recorded later".
 */
export function eventDayText(
  on: string,
  recordedAt: string,
  format: { date: (iso: string) => string; dateTime: (iso: string) => string },
  recordedLater: (values: { on: string; recorded: string }) => string,
): string {
  if (on >= recordedAt.slice(0, 10)) return format.dateTime(recordedAt);
  return recordedLater({ on: format.date(on), recorded: format.date(recordedAt) });
}

/**
 * The day to send: none when it is today (the server then takes the moment itself, so a time
 * zone ahead of the server's never makes "today" look like tomorrow).
 */
export function earlierDay(value: string | null, now: Date = new Date()): string | undefined {
  return value && value !== localIsoDate(now) ? value : undefined;
}
