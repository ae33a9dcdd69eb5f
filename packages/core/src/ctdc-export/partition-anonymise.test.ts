import { describe, expect, it } from 'vitest';
import { ctdcSyntheticColumns } from './ctdc-synthetic-columns.ts';
import { kAnonymise } from './k-anonymise.ts';
import { measureKAnonymity } from './measure-k-anonymity.ts';
import { informativeCells, kAnonymiseByPartition } from './partition-anonymise.ts';
import { randomCtdcRows } from './random-ctdc-rows.ts';

const total = (cells: Record<string, number>) => Object.values(cells).reduce((a, b) => a + b, 0);

describe('kAnonymiseByPartition', () => {
  for (const k of [2, 5, 11])
    for (const size of [0, 1, 7, 60, 250, 800, 3000])
      for (const [name, zipf, ones] of [
        ['uniform', 0, 0.5],
        ['skewed', 1.2, 0.2],
        ['heavily skewed', 2.5, 0.05],
      ] as const)
        it(`k=${k}, ${size} ${name} rows: k-anonymous over all columns, nothing dropped, no value invented`, () => {
          const input = randomCtdcRows(size, { seed: k * 7919 + size * 31 + zipf * 10, zipf, ones });
          const { rows, kept, summary } = kAnonymiseByPartition(input, k);
          expect(measureKAnonymity(rows, ctdcSyntheticColumns)).toBeGreaterThanOrEqual(k);
          expect(summary.recordsExported).toBe(size >= k ? size : 0);
          for (const [j, row] of rows.entries()) {
            const before = input[kept[j] as number];
            for (const c of ctdcSyntheticColumns) {
              const v = row[c];
              // Exact, withheld, or a range that holds the true value.
              if (v === before?.[c] || v === '*') continue;
              expect(v, c).toMatch(/^\d+(--\d+|\+)$/);
            }
          }
        });

  it('keeps more informative cells than greedy suppression at k = 11 on the same skewed data', () => {
    // Independent random columns are the hard case: real case data is correlated. Measured on
    // this seed: greedy 6,496 informative cells, partitioning 7,290 (+12%), no record dropped.
    const input = randomCtdcRows(3000, { seed: 2026, zipf: 1.2, ones: 0.2 });
    const greedy = kAnonymise(input, 11);
    const partition = kAnonymiseByPartition(input, 11);
    expect(total(informativeCells(partition.rows))).toBeGreaterThan(total(informativeCells(greedy.rows)));
    expect(partition.summary.recordsSuppressed).toBe(0);
  });
});
