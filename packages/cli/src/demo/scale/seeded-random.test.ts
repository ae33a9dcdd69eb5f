import { describe, expect, it } from 'vitest';
import { SeededRandom, weights } from './seeded-random.ts';

describe('SeededRandom', () => {
  it('repeats a stream for the same seed and index, and differs for another', () => {
    const draw = (seed: number, stream: number) => {
      const r = new SeededRandom(seed, stream);
      return Array.from({ length: 5 }, () => r.uint32());
    };
    expect(draw(7, 3)).toEqual(draw(7, 3));
    expect(draw(7, 3)).not.toEqual(draw(7, 4));
    expect(draw(7, 3)).not.toEqual(draw(8, 3));
  });

  it('makes version-4 shaped uuids without repeats', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const id = new SeededRandom(1, i).uuid();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      ids.add(id);
    }
    expect(ids.size).toBe(2000);
  });

  it('draws weighted values in proportion', () => {
    const r = new SeededRandom(42);
    const table = weights([
      ['a', 3],
      ['b', 1],
    ] as const);
    let a = 0;
    for (let i = 0; i < 40_000; i++) if (r.weighted(table) === 'a') a++;
    expect(a / 40_000).toBeGreaterThan(0.73);
    expect(a / 40_000).toBeLessThan(0.77);
  });
});
