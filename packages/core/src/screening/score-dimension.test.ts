import { describe, expect, it } from 'vitest';
import { scoreDimension } from './score-dimension.ts';

const counts = (strong: number, medium: number, weak: number) => ({ strong, medium, weak });

describe('scoreDimension', () => {
  it('is positive in each of the four ways, naming the way', () => {
    expect(scoreDimension(counts(2, 0, 0))).toBe('two_strong');
    expect(scoreDimension(counts(1, 1, 0))).toBe('strong_and_other');
    expect(scoreDimension(counts(1, 0, 1))).toBe('strong_and_other');
    expect(scoreDimension(counts(0, 3, 0))).toBe('three_medium');
    expect(scoreDimension(counts(0, 2, 1))).toBe('two_medium_one_weak');
  });

  it('is not positive just below each threshold', () => {
    expect(scoreDimension(counts(0, 0, 0))).toBeNull();
    expect(scoreDimension(counts(1, 0, 0))).toBeNull(); // 1 strong alone
    expect(scoreDimension(counts(0, 2, 0))).toBeNull(); // 2 medium, no weak
    expect(scoreDimension(counts(0, 1, 2))).toBeNull(); // 1 medium, 2 weak
    expect(scoreDimension(counts(0, 1, 9))).toBeNull(); // weak never adds up to medium
    expect(scoreDimension(counts(0, 0, 9))).toBeNull(); // weak alone never counts
  });

  it('names the strongest way when several apply', () => {
    expect(scoreDimension(counts(3, 3, 3))).toBe('two_strong');
    expect(scoreDimension(counts(1, 3, 1))).toBe('strong_and_other');
    expect(scoreDimension(counts(0, 3, 1))).toBe('three_medium');
  });

  it('agrees with the rule as written in docs/standards/indicators.md for every small count', () => {
    for (let strong = 0; strong <= 4; strong++) {
      for (let medium = 0; medium <= 4; medium++) {
        for (let weak = 0; weak <= 4; weak++) {
          const written =
            strong >= 2 || (strong === 1 && medium + weak >= 1) || medium >= 3 || (medium === 2 && weak >= 1);
          expect(scoreDimension(counts(strong, medium, weak)) !== null, `${strong}/${medium}/${weak}`).toBe(
            written,
          );
        }
      }
    }
  });
});
