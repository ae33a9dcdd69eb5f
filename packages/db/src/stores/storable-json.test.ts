import { canonicalJson } from '@opennrm/core';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { storableJson } from './storable-json.ts';

it('replaces what jsonb rejects and keeps everything else', () => {
  expect(
    storableJson({ a: 'x\u0000y', b: '\uDC00', c: '🙂', d: undefined, e: new Date(0), f: Number.NaN }),
  ).toEqual({
    a: 'x\uFFFDy',
    b: '\uFFFD',
    c: '🙂',
    e: '1970-01-01T00:00:00.000Z',
    f: null,
  });
});

it('is idempotent, so hashing its output is stable across a JSON round trip', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const once = storableJson({ value });
      expect(storableJson(once)).toEqual(once);
      expect(canonicalJson(JSON.parse(JSON.stringify(once)))).toBe(canonicalJson(once));
    }),
  );
});
