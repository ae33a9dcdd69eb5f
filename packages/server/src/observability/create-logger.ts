import { type DestinationStream, type LevelWithSilent, type Logger, multistream, pino } from 'pino';

export type { Logger };

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number] & LevelWithSilent;

/**
 * The process's structured log (docs/operations/observability.md): one JSON object per line,
 * `{"level":"info","time":"…","pid":…,"hostname":"…","event":"http.request",…}`. An event is a
 * fixed name with ids, counts and durations, never free text: nothing a user typed and nothing
 * about a person reaches it. Errors go to stderr, the rest to stdout, unless a destination is
 * given (tests capture every line).
 */
export function createLogger(options: { level?: LogLevel; destination?: DestinationStream } = {}): Logger {
  const destination =
    options.destination ??
    multistream(
      [
        { level: 'trace', stream: pino.destination({ dest: 1, sync: true }) },
        { level: 'error', stream: pino.destination({ dest: 2, sync: true }) },
      ],
      { dedupe: true },
    );
  return pino(
    {
      level: options.level ?? 'info',
      messageKey: 'event',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: errorFields },
      hooks: { logMethod: keepToEventNames },
    },
    destination,
  );
}

const eventName = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

/**
 * Every line's message is a fixed event name (`http.request`). pino would otherwise take an
 * error's message (`log.error(err)`, `log.error({ err })`) or format free text into the line:
 * anything else than an event name becomes `unnamed_event`, and format arguments are dropped.
 */
function keepToEventNames(this: Logger, args: unknown[], method: (...args: unknown[]) => void): void {
  const [first, second] = args;
  const fields = first instanceof Error ? { err: first } : typeof first === 'object' && first ? first : {};
  const named = [first, second].find((a): a is string => typeof a === 'string');
  method.apply(this, [fields, named && eventName.test(named) ? named : 'unnamed_event']);
}

/**
 * What of an error may be logged: its class, its code (a PostgreSQL SQLSTATE, a Node code) and
 * the schema names PostgreSQL reports, and where it was thrown. Never its message or a
 * PostgreSQL `detail`: they quote the values (a name, an address) that made it fail.
 */
export function errorFields(error: unknown): Record<string, unknown> {
  if (!error || typeof error !== 'object') return { type: typeof error };
  const e = error as Record<string, unknown>;
  const fields: Record<string, unknown> = { type: typeof e.name === 'string' ? e.name : 'Error' };
  for (const key of ['code', 'constraint', 'table', 'column', 'routine'] as const) {
    if (typeof e[key] === 'string' || typeof e[key] === 'number') fields[key] = e[key];
  }
  if (typeof e.stack === 'string') {
    // Only the frames: the stack's first lines repeat the message.
    fields.frames = e.stack
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .slice(0, 8)
      .map((line) => line.trim());
  }
  return fields;
}
