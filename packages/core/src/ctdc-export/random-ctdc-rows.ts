import {
  type CtdcSyntheticRow,
  ctdcSyntheticAgeBroad,
  ctdcSyntheticBinaryColumns,
  ctdcSyntheticGenders,
  ctdcSyntheticTraffickMonths,
  emptyCtdcSyntheticRow,
} from './ctdc-synthetic-columns.ts';

/** Shape of a generated dataset: Zipf exponent of the categories (0 = uniform), share of 1s. */
export interface RandomRowsShape {
  seed: number;
  zipf: number;
  ones: number;
}

const years = ['2019', '2020', '2021', '2022', '2023', '2024'];
const countries = ['AZE', 'RUS', 'TUR', 'ARE', 'GEO', 'IRN', 'UKR', 'KAZ', 'UZB', 'DEU'];

/**
 * Format-B rows for property tests (test helper, not exported from the module): reproducible from
 * the seed, with categories drawn from a Zipf law so that skewed data has a few large classes and
 * a long tail of rare combinations, as real case data does.
 */
export function randomCtdcRows(count: number, shape: RandomRowsShape): CtdcSyntheticRow[] {
  const next = mulberry32(shape.seed);
  const pick = (values: readonly string[]): string => {
    const options = ['', ...values];
    const weights = options.map((_, i) => 1 / (i + 1) ** shape.zipf);
    let r = next() * weights.reduce((a, b) => a + b, 0);
    for (const [i, w] of weights.entries()) {
      r -= w;
      if (r < 0) return options[i] as string;
    }
    return '';
  };
  return Array.from({ length: count }, () => {
    const row = emptyCtdcSyntheticRow();
    row.yearOfRegistration = pick(years) || '2024';
    row.gender = pick(ctdcSyntheticGenders);
    row.ageBroad = pick(ctdcSyntheticAgeBroad);
    row.citizenship = pick(countries);
    row.CountryOfExploitation = pick(countries);
    row.traffickMonths = pick(ctdcSyntheticTraffickMonths);
    for (const c of ctdcSyntheticBinaryColumns) row[c] = next() < shape.ones ? '1' : '';
    return row;
  });
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
