/**
 * Returns `value` as it will come back from a jsonb column, so that a hash computed before the
 * insert matches the one recomputed after reading. JSON drops undefined, turns Dates into ISO
 * strings and non-finite numbers into null; jsonb additionally rejects the NUL character and
 * unpaired surrogates, which we replace with U+FFFD instead of failing the write.
 */
export function storableJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value ?? null), (_key, item: unknown) =>
    typeof item === 'string' ? cleanString(item) : item,
  ) as T;
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function cleanString(text: string): string {
  return text.replaceAll('\u0000', '\uFFFD').replace(loneSurrogate, '\uFFFD');
}
