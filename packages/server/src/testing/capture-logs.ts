import { createLogger, type Logger } from '../observability/create-logger.ts';
import type { TestApp } from './test-app.ts';

/** A logger at `trace` (every line the server can write) whose lines are kept in `lines`. */
export function captureLogs(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger({ level: 'trace', destination: { write: (line: string) => lines.push(line) } });
  return { logger, lines };
}

/** Body fields that carry a person's data, a place, free text or a secret. */
const personalKeys = new Set([
  'givenNames',
  'familyName',
  'otherNames',
  'number',
  'value',
  'addresses',
  'address',
  'callerIdentity',
  'name',
  'notes',
  'details',
  'title',
  'email',
  'password',
  'displayName',
]);

/**
 * Wraps the app's `request` to remember every value a user typed into a personal field of a
 * body, and the session cookies, CSRF tokens and bearer tokens sent: none of them may reach a
 * log line. Values shorter than 4 characters are too common to look for.
 */
export function rememberTypedValues(app: TestApp): { app: TestApp; values: Set<string> } {
  const values = new Set<string>();
  const keep = (value: unknown) => {
    if (typeof value === 'string' && value.length >= 4) values.add(value);
  };
  const walk = (node: unknown, key: string | null): void => {
    if (Array.isArray(node)) for (const item of node) walk(item, key);
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(v, k);
    else if (key && personalKeys.has(key)) keep(node);
  };
  const request: TestApp['request'] = (method, path, init = {}) => {
    walk(typeof init.body === 'string' ? safeParse(init.body) : init.body, null);
    const headers = init.headers ?? {};
    keep(headers.cookie?.split('=')[1]);
    keep(headers['x-csrf-token']);
    keep(headers.authorization?.replace(/^Bearer /, ''));
    return app.request(method, path, init);
  };
  return { app: { ...app, request }, values };
}

/** Each value found in a log line, with the line: empty when the logs hold none of them. */
export function findInLogs(lines: readonly string[], values: Iterable<string>): string[] {
  const text = lines.join('');
  const found: string[] = [];
  for (const value of values) {
    const at = text.indexOf(value);
    if (at < 0) continue;
    const start = text.lastIndexOf('\n', at) + 1;
    found.push(`${value} in ${text.slice(start, text.indexOf('\n', at))}`);
  }
  return found;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
