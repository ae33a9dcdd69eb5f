import { describe, expect, it } from 'vitest';
import { findUnstorableText } from './storable-text.ts';

describe('findUnstorableText', () => {
  it('accepts any text PostgreSQL stores as it is, in every script and with emoji', () => {
    expect(
      findUnstorableText({ name: 'Aysel Məmmədova', note: 'Юсупов 👩‍👧', tags: ['a', 1, null, true] }),
    ).toBeNull();
  });

  it('names where NUL or an unpaired surrogate is: a value, an array element, a key', () => {
    expect(findUnstorableText({ a: { b: ['ok', 'x\u0000'] } })).toEqual({
      path: ['a', 'b', 1],
      message: 'Text may not contain the NUL character (U+0000).',
    });
    expect(findUnstorableText({ identity: { 'given\u0000': 'x' } })?.path).toEqual([
      'identity',
      'given\u0000',
    ]);
    expect(findUnstorableText({ note: 'half \uD83D pair' })?.message).toMatch(/unpaired surrogate/);
    expect(findUnstorableText('\u0000')?.path).toEqual([]);
  });

  it('walks a value nested deeper than the call stack would allow', () => {
    let deep: unknown = 'bottom\u0000';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(findUnstorableText(deep)?.path).toHaveLength(100_000);
  });
});
