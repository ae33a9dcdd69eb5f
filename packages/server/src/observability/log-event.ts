/**
 * One line of JSON per event on stdout, for the operator's log collector. An event is a fixed
 * name with ids, counts and durations: never free text, never a person's data (an error is logged
 * by its class and code, not its message, which may quote input).
 */
export type LogFields = Record<string, string | number | boolean | null>;

export function logEvent(level: 'info' | 'warn' | 'error', event: string, fields: LogFields = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, pid: process.pid, ...fields });
  if (level === 'error') process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

/** The class and code of an error, for a log line or a job row. */
export function errorClass(error: unknown): string {
  const e = error as { name?: string; code?: string } | null;
  return [e?.name ?? 'Error', e?.code].filter(Boolean).join(' ');
}
