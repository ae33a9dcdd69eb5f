import { DomainError } from '@opennrm/core';

/**
 * Keyset cursors as the API shows them: the last row's sort key, as base64url JSON. Opaque to
 * clients; never a secret (it holds what the page already showed), never trusted: decoding
 * checks every part, and the store still applies the caller's access to whatever follows it.
 */
export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/** The parts of a cursor, each checked by `shape` (a part per check); a 400 when malformed. */
export function decodeCursor<T extends unknown[]>(
  cursor: string,
  shape: { [K in keyof T]: (part: unknown) => T[K] | undefined },
): T {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parts = undefined;
  }
  if (!Array.isArray(parts) || parts.length !== shape.length) throw badCursor();
  const out = shape.map((check, i) => check(parts[i]));
  if (out.some((v) => v === undefined)) throw badCursor();
  return out as T;
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/** An instant as `encodeCursor` wrote it (ISO with up to microseconds). */
export const instantPart = (v: unknown): string | undefined =>
  typeof v === 'string' && isoInstant.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined;
export const textPart = (v: unknown): string | undefined =>
  typeof v === 'string' && v.length <= 200 ? v : undefined;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const uuidPart = (v: unknown): string | undefined =>
  typeof v === 'string' && uuidPattern.test(v) ? v : undefined;
export const intPart = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined;

function badCursor(): DomainError {
  return new DomainError('bad_request', 'This page position is not valid: start the list again.', {
    fields: { cursor: 'invalid' },
  });
}
