/**
 * Text PostgreSQL cannot store. U+0000 is refused by `text` ("invalid byte sequence") and by
 * `jsonb` ("unsupported Unicode escape sequence"); an unpaired surrogate cannot be encoded in
 * UTF-8 at all (jsonb refuses its escape, `text` would silently get U+FFFD instead). Such a
 * string reaching a query is a 500 or a changed value, so requests carrying one are refused at
 * the edge, whatever field or key it is in.
 */
export interface UnstorableText {
  /** Where, as zod reports paths: object keys and array indexes from the root. */
  path: (string | number)[];
  message: string;
}

const nul = '\u0000';
// With the u flag a well-formed pair is one code point; only a lone half is in Cs.
const loneSurrogate = /\p{Cs}/u;

/** What is wrong with one string, or null when PostgreSQL can store it as it is. */
export function describeUnstorableText(text: string): string | null {
  if (text.includes(nul)) return 'Text may not contain the NUL character (U+0000).';
  if (loneSurrogate.test(text)) return 'Text may not contain an unpaired surrogate (invalid Unicode).';
  return null;
}

/** A place in the value; the path is rebuilt from the parents only for the one reported. */
interface Visit {
  value: unknown;
  key: string | number | null;
  parent: Visit | null;
}

/**
 * The first unstorable string in a validated request value (body, query, path, headers): in any
 * string, object key or array element, at any depth. Iterative, so a deeply nested value cannot
 * overflow the stack. Null when every string can be stored.
 */
export function findUnstorableText(value: unknown): UnstorableText | null {
  const stack: Visit[] = [{ value, key: null, parent: null }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const current = visit.value;
    if (typeof current === 'string') {
      const message = describeUnstorableText(current);
      if (message) return { path: pathOf(visit), message };
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i -= 1)
        stack.push({ value: current[i], key: i, parent: visit });
    } else if (isPlainObject(current)) {
      const entries = Object.entries(current);
      for (const [key] of entries) {
        const message = describeUnstorableText(key);
        if (message) return { path: [...pathOf(visit), key], message: `A key: ${message}` };
      }
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const [key, child] = entries[i] as [string, unknown];
        stack.push({ value: child, key, parent: visit });
      }
    }
  }
  return null;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let v: Visit | null = visit; v !== null && v.key !== null; v = v.parent) path.push(v.key);
  return path.reverse();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
