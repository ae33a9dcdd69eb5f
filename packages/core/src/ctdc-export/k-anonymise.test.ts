import { describe, expect, it } from 'vitest';
import {
  type CtdcSyntheticColumn,
  type CtdcSyntheticRow,
  ctdcSyntheticColumns,
  emptyCtdcSyntheticRow,
} from './ctdc-synthetic-columns.ts';
import { kAnonymise } from './k-anonymise.ts';
import { measureKAnonymity } from './measure-k-anonymity.ts';
import { randomCtdcRows } from './random-ctdc-rows.ts';

// All subsets of these (255) are checked; they mix every kind of column.
const reduced: CtdcSyntheticColumn[] = [
  'yearOfRegistration',
  'gender',
  'ageBroad',
  'citizenship',
  'CountryOfExploitation',
  'traffickMonths',
  'isForcedLabour',
  'meansThreats',
];

function subsetsOf<T>(items: readonly T[]): T[][] {
  return Array.from({ length: 2 ** items.length - 1 }, (_, mask) =>
    items.filter((_, i) => (mask + 1) & (1 << i)),
  );
}

// Every subset of `reduced`, every pair and single column of all 27, and all 27 together.
const projections: CtdcSyntheticColumn[][] = [
  ...subsetsOf(reduced),
  ...ctdcSyntheticColumns.flatMap((a, i) => [[a], ...ctdcSyntheticColumns.slice(i + 1).map((b) => [a, b])]),
  [...ctdcSyntheticColumns],
];

const skews = [
  { name: 'uniform', zipf: 0, ones: 0.5 },
  { name: 'skewed', zipf: 1.2, ones: 0.25 },
  { name: 'heavily skewed', zipf: 2.5, ones: 0.05 },
];

describe('kAnonymise', () => {
  for (const k of [2, 5, 11]) {
    for (const size of [0, 1, 7, 60, 250, 800]) {
      for (const skew of skews) {
        it(`k=${k}, ${size} ${skew.name} rows: every combination of values in every projection is shared by >= k rows`, () => {
          const input = randomCtdcRows(size, { seed: k * 7919 + size * 31 + skew.zipf * 10, ...skew });
          const { rows, kept, summary } = kAnonymise(input, k);
          for (const columns of projections)
            expect(measureKAnonymity(rows, columns)).toBeGreaterThanOrEqual(k);

          // The summary is exactly the difference between input and output.
          expect(summary.k).toBe(k);
          expect(summary.quasiIdentifiers).toEqual(ctdcSyntheticColumns);
          expect(summary.recordsConsidered).toBe(input.length);
          expect(summary.recordsExported).toBe(rows.length);
          expect(summary.recordsSuppressed).toBe(input.length - rows.length);
          expect(kept).toHaveLength(rows.length);
          expect(new Set(kept).size).toBe(kept.length);
          const blanked = Object.fromEntries(ctdcSyntheticColumns.map((c) => [c, 0]));
          for (const [j, out] of rows.entries()) {
            const before = input[kept[j] as number] as CtdcSyntheticRow;
            for (const c of ctdcSyntheticColumns) {
              // Suppression only ever blanks a cell; it never invents or changes a value.
              if (out[c] !== before[c]) {
                expect(out[c]).toBe('');
                blanked[c] = (blanked[c] ?? 0) + 1;
              }
            }
          }
          expect(summary.valuesSuppressed).toEqual(blanked);

          // Records already in classes of k or more come out untouched.
          const sizes = classSizes(input);
          const out = new Map(kept.map((i, j) => [i, rows[j]]));
          for (const [i, row] of input.entries()) {
            if ((sizes.get(keyOf(row)) ?? 0) >= k) expect(out.get(i)).toEqual(row);
          }
        });
      }
    }
  }

  it('blanks the least useful column first and keeps the record when that suffices', () => {
    const common = {
      ...emptyCtdcSyntheticRow(),
      yearOfRegistration: '2024',
      gender: 'Woman',
      ageBroad: '18--20',
    };
    const odd = { ...common, recruiterRelationFriend: '1', meansThreats: '1' };
    const { rows, summary } = kAnonymise([...Array.from({ length: 11 }, () => common), odd], 11);
    expect(rows).toHaveLength(12);
    expect(rows[11]).toEqual(common);
    expect(summary.recordsSuppressed).toBe(0);
    expect(summary.valuesSuppressed.recruiterRelationFriend).toBe(1);
    expect(summary.valuesSuppressed.meansThreats).toBe(1);
    expect(summary.valuesSuppressed.gender).toBe(0);
  });

  it('drops a record that stays unique after every column is blanked', () => {
    const common = { ...emptyCtdcSyntheticRow(), yearOfRegistration: '2024', gender: 'Man' };
    const lone = { ...common, yearOfRegistration: '2023', citizenship: 'AZE' };
    const { rows, summary } = kAnonymise([lone, ...Array.from({ length: 5 }, () => common)], 5);
    expect(rows).toEqual(Array.from({ length: 5 }, () => common));
    expect(summary).toMatchObject({ recordsConsidered: 6, recordsExported: 5, recordsSuppressed: 1 });
    expect(Object.values(summary.valuesSuppressed).every((n) => n === 0)).toBe(true);
  });

  it('leaves data that is already k-anonymous as it is, and refuses a k below 1', () => {
    const input = randomCtdcRows(50, { seed: 3, zipf: 0, ones: 0.5 });
    expect(kAnonymise(input, 1).rows).toEqual(input);
    expect(() => kAnonymise(input, 0)).toThrow(RangeError);
    expect(() => kAnonymise(input, 2.5)).toThrow(RangeError);
  });
});

function keyOf(row: CtdcSyntheticRow): string {
  return JSON.stringify(ctdcSyntheticColumns.map((c) => row[c]));
}

function classSizes(rows: readonly CtdcSyntheticRow[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const row of rows) sizes.set(keyOf(row), (sizes.get(keyOf(row)) ?? 0) + 1);
  return sizes;
}
