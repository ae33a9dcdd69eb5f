import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ctdcFixtureAsFormatB } from '../testing/ctdc-fixture-as-format-b.ts';
import { m49RegionOf } from './ctdc-regions.ts';
import { type CtdcSyntheticColumn, ctdcSyntheticColumns } from './ctdc-synthetic-columns.ts';
import { kAnonymise } from './k-anonymise.ts';
import { measureKAnonymity } from './measure-k-anonymity.ts';
import { measureOpenData } from './measure-open-data.ts';
import { ctdcCover, kAnonymiseByPartition } from './partition-anonymise.ts';
import { randomCtdcRows } from './random-ctdc-rows.ts';

/** Real records (docs/standards/ctdc.md: the fixture beside the repository, as CI places it). */
const fixture = new URL('../../../../../shared/data/ctdc-global-2020-subset.csv', import.meta.url);

/** Does the published cell hold the record's true value (exact, withheld, range or region)? */
function holds(column: CtdcSyntheticColumn, published: string, value: string): boolean {
  if (published === value || published === '*') return true;
  if (value === '') return false;
  if (column === 'citizenship' || column === 'CountryOfExploitation')
    return m49RegionOf(value)?.includes(published) ?? false;
  // Years, age bands and durations: the true band lies within the published range.
  const [low, high] = span(published);
  const [from, to] = span(value);
  return low <= from && to <= high;
}

/** "18--29" -> [18, 29], "48+" -> [48, Infinity], "2020" -> [2020, 2020]. */
function span(value: string): [number, number] {
  if (value.endsWith('+')) return [Number(value.slice(0, -1)), Number.POSITIVE_INFINITY];
  const [low = '', high = low] = value.split('--');
  return [Number(low), Number(high)];
}

describe('kAnonymiseByPartition', () => {
  for (const k of [2, 11])
    for (const size of [0, 7, 400])
      for (const [name, zipf, ones] of [
        ['uniform', 0, 0.5],
        ['heavily skewed', 2.5, 0.05],
      ] as const)
        it(`k=${k}, ${size} ${name} rows: no combination rarer than k, nothing dropped, nothing untrue`, () => {
          const input = randomCtdcRows(size, { seed: k * 7919 + size * 31 + zipf * 10, zipf, ones });
          const { rows, kept } = kAnonymiseByPartition(input, k);
          expect(measureKAnonymity(rows, ctdcSyntheticColumns)).toBeGreaterThanOrEqual(k);
          expect(rows).toHaveLength(size >= k ? size : 0);
          for (const [j, row] of rows.entries())
            for (const c of ctdcSyntheticColumns)
              expect(holds(c, row[c], input[kept[j] as number]?.[c] ?? ''), `${c}: ${row[c]}`).toBe(true);
        });

  it('generalises before it withholds: periods, merged bands, M49 regions; unknown among known is "*"', () => {
    expect(ctdcCover('yearOfRegistration', ['2021', '2019', '2020'])).toBe('2019--2021');
    expect(ctdcCover('ageBroad', ['18--20', '27--29'])).toBe('18--29');
    expect(ctdcCover('ageBroad', ['39--47', '48+'])).toBe('39+');
    expect(ctdcCover('ageBroad', ['0--8', '48+'])).toBe('*');
    expect(ctdcCover('citizenship', ['AZE', 'GEO', 'TUR'])).toBe('Western Asia');
    expect(ctdcCover('CountryOfExploitation', ['AZE', 'RUS'])).toBe('*');
    expect(ctdcCover('CountryOfExploitation', ['DEU', 'RUS'])).toBe('Europe');
    expect(ctdcCover('citizenship', ['AZE', ''])).toBe('*');
    expect(ctdcCover('gender', ['Man', 'Woman'])).toBe('*');
    expect(ctdcCover('meansThreats', ['1', '1'])).toBe('1');
  });

  it('on real CTDC records: publishes a k = 11 release as it is, and keeps more than greedy suppression at k = 50', {
    timeout: 30_000,
  }, () => {
    const real = ctdcFixtureAsFormatB(readFileSync(fixture, 'utf8'));
    expect(real).toHaveLength(48_773);
    // CTDC published these with k = 11: nothing is left to hide, so nothing is changed.
    const same = kAnonymiseByPartition(real, 11);
    expect(measureOpenData(real, same.rows).total).toBe(measureOpenData(real, real).total);
    expect(
      same.rows.every((row, j) => JSON.stringify(row) === JSON.stringify(real[same.kept[j] as number])),
    ).toBe(true);
    // A stricter k on 2017 and 2018 (12,326 records): every combination shared by 50 or more.
    const recent = real.filter((r) => Number(r.yearOfRegistration) >= 2017);
    const partition = measureOpenData(recent, kAnonymiseByPartition(recent, 50).rows);
    const greedy = measureOpenData(recent, kAnonymise(recent, 50).rows);
    expect(partition.smallest).toBeGreaterThanOrEqual(50);
    expect(partition.records).toBe(recent.length);
    // Measured: 61,081 of 62,794 informative cells kept, greedy suppression 57,471.
    expect(partition.total).toBeGreaterThan(greedy.total);
    expect(partition.total / partition.inputTotal).toBeGreaterThan(0.97);
  });
});
