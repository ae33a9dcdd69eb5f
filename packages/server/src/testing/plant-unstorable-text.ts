type Path = (string | number)[];

interface Place {
  kind: 'string' | 'other' | 'object';
  path: Path;
}

/**
 * A copy of a JSON value with `bad` planted at one place, chosen by `pick` among all of them:
 * inside a string (at `at`), instead of a number, boolean or null, or in a key of an object
 * (an existing key renamed or a new key added). Null when the value has no place for text.
 */
export function plantUnstorableText(value: unknown, bad: string, pick: number, at: number): unknown {
  const places = placesIn(value, []);
  const place = places[pick % Math.max(places.length, 1)];
  if (!place) return null;
  const copy = structuredClone(value);
  const parentPath = place.path.slice(0, -1);
  const last = place.path.at(-1);
  const target = place.kind === 'object' ? valueAt(copy, place.path) : valueAt(copy, parentPath);
  if (place.kind === 'object') {
    const object = target as Record<string, unknown>;
    const keys = Object.keys(object);
    const renamed = keys[at % (keys.length + 1)];
    if (renamed === undefined) object[`key${bad}`] = 'x';
    else {
      object[insert(renamed, bad, at)] = object[renamed];
      delete object[renamed];
    }
    return copy;
  }
  const current = last === undefined ? copy : (target as Record<string | number, unknown>)[last];
  const planted = place.kind === 'string' ? insert(current as string, bad, at) : `x${bad}`;
  if (last === undefined) return planted;
  (target as Record<string | number, unknown>)[last] = planted;
  return copy;
}

function placesIn(value: unknown, path: Path): Place[] {
  if (typeof value === 'string') return [{ kind: 'string', path }];
  if (Array.isArray(value)) return value.flatMap((item, i) => placesIn(item, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return [
      { kind: 'object', path },
      ...Object.entries(value).flatMap(([key, item]) => placesIn(item, [...path, key])),
    ];
  }
  return [{ kind: 'other', path }];
}

function valueAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

function insert(text: string, bad: string, at: number): string {
  const i = at % (text.length + 1);
  return text.slice(0, i) + bad + text.slice(i);
}
