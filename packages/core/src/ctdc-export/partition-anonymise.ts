import { m49RegionOf } from './ctdc-regions.ts';
import {
  type CtdcSyntheticColumn,
  type CtdcSyntheticRow,
  ctdcSuppressionOrder,
  ctdcSyntheticAgeBroad,
  ctdcSyntheticBinaryColumns,
  ctdcSyntheticColumns,
  ctdcSyntheticTraffickMonths,
} from './ctdc-synthetic-columns.ts';
import type { KAnonymised } from './k-anonymise.ts';

/**
 * A cell withheld by anonymisation: not the same as missing (''). Readers leave it out of both
 * the numerator and the denominator of a share: it may hold any value, unknown included.
 */
export const ctdcWithheld = '*';

/** Ordered columns: a group with several values gets the range that covers them ("18--29"). */
const ordered: Partial<Record<CtdcSyntheticColumn, readonly string[]>> = {
  ageBroad: ctdcSyntheticAgeBroad,
  traffickMonths: ctdcSyntheticTraffickMonths,
};
const countryColumns: ReadonlySet<CtdcSyntheticColumn> = new Set(['citizenship', 'CountryOfExploitation']);
const readerColumns: ReadonlySet<CtdcSyntheticColumn> = new Set([
  'yearOfRegistration',
  'gender',
  'ageBroad',
  'citizenship',
  'CountryOfExploitation',
  'isForcedLabour',
  'isSexualExploit',
  'isOtherExploit',
]);
/** Above this size a group tries each column's median cut only (see splitOf). */
const everyCutUpTo = 800;
const binary: ReadonlySet<CtdcSyntheticColumn> = new Set(ctdcSyntheticBinaryColumns);

const bounds = (value: string): [string, string] => {
  const [low = '', high = ''] = value.split('--');
  return value.endsWith('+') ? [value.slice(0, -1), '+'] : [low, high || low];
};

/**
 * The one value a group publishes in a column: its value if all agree; else the most specific
 * generalisation that holds them all (a period of years, merged age bands or durations, the M49
 * sub-region or continent of the countries); else '*'. A group with an unknown value among known
 * ones publishes '*': a range would claim something about the unknown one.
 */
export function ctdcCover(column: CtdcSyntheticColumn, values: readonly string[]): string {
  const first = values[0] ?? '';
  if (values.every((v) => v === first)) return first;
  if (values.includes('')) return ctdcWithheld;
  const distinct = [...new Set(values)];
  if (column === 'yearOfRegistration') {
    const years = distinct.map(Number).sort((a, b) => a - b);
    return `${years[0]}--${years[years.length - 1]}`;
  }
  const scale = ordered[column];
  if (scale) {
    const sorted = [...distinct].sort((a, b) => scale.indexOf(a) - scale.indexOf(b));
    // The whole scale says nothing: withheld rather than "0+".
    if (sorted[0] === scale[0] && sorted[sorted.length - 1] === scale[scale.length - 1]) return ctdcWithheld;
    const [low] = bounds(sorted[0] as string);
    const [, high] = bounds(sorted[sorted.length - 1] as string);
    return high === '+' ? `${low}+` : `${low}--${high}`;
  }
  if (countryColumns.has(column)) {
    const places = distinct.map((v) => m49RegionOf(v));
    if (places.some((p) => p === null)) return ctdcWithheld;
    const [continent, subregion] = places[0] as readonly [string, string];
    if (places.every((p) => p?.[1] === subregion)) return subregion;
    if (places.every((p) => p?.[0] === continent)) return continent;
  }
  return ctdcWithheld;
}

/** Sort key of a cell: ordered columns by their scale, countries by region, unknown last. */
function rank(column: CtdcSyntheticColumn, value: string): string {
  if (value === '') return '\uffff';
  const scale = ordered[column];
  if (scale) return String(scale.indexOf(value)).padStart(3, '0');
  if (countryColumns.has(column)) return `${(m49RegionOf(value) ?? ['~', '~']).join('|')}|${value}`;
  return value;
}

/**
 * k-anonymity over ALL columns by top-down partitioning (Mondrian, LeFevre et al. 2006, with
 * local recoding and generalisation hierarchies). Records whose whole combination is already
 * shared by k or more are published as they are; the rest are split, again and again, in two
 * groups of at least k records each, at whichever column and cut keeps the most information
 * (see `worth` and `splitOf`; ties go to the more useful column: year, gender, forms, age,
 * countries, then the details). A group that
 * cannot be split further publishes, per column, `ctdcCover` of its records' values. Every record
 * of a group publishes the same tuple, so every combination is shared by at least k records; no
 * record is dropped unless there are fewer than k in all. A withheld cell never looks "unknown".
 */
export function kAnonymiseByPartition(input: readonly CtdcSyntheticRow[], k: number): KAnonymised {
  if (!Number.isInteger(k) || k < 1) throw new RangeError('k must be a whole number of at least 1.');
  const out = input.map((row) => ({ ...row }));
  const usefulFirst = [...ctdcSuppressionOrder].reverse();
  // Per column, the records' sort keys as whole numbers, coarsest level first (for countries:
  // continent, sub-region, country; one level elsewhere): cuts compare numbers, not strings.
  const levels = usefulFirst.map((c) => {
    const keys = input.map((row) => rank(c, row[c]));
    const depths = countryColumns.has(c) ? [1, 2, 3] : [Number.POSITIVE_INFINITY];
    return depths.map((depth) => {
      const heads = keys.map((key) => key.split('|').slice(0, depth).join('|'));
      const order = new Map([...new Set(heads)].sort().map((head, n) => [head, n]));
      return Int32Array.from(heads, (head) => order.get(head) ?? 0);
    });
  });
  const sizes = new Map<string, number[]>();
  for (const [i, row] of input.entries()) {
    const key = JSON.stringify(ctdcSyntheticColumns.map((c) => row[c]));
    const members = sizes.get(key);
    if (members) members.push(i);
    else sizes.set(key, [i]);
  }
  const groups: number[][] = [...sizes.values()].filter((g) => g.length >= k);
  const rest = [...sizes.values()].filter((g) => g.length < k).flat();
  // Fewer than k left over: they join the large class that loses least by their joining.
  if (rest.length > 0 && rest.length < k && groups.length > 0) {
    const scored = groups.map((g) => ({ g, score: worth(g.concat(rest)) - worth(g) }));
    const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
    best.g.push(...rest);
  }
  const stack: number[][] = rest.length >= k ? [rest] : [];
  while (stack.length > 0) {
    const group = stack.pop() as number[];
    const split = group.length >= 2 * k ? splitOf(group) : null;
    if (split) stack.push(...split);
    else groups.push(group);
  }
  for (const group of groups)
    for (const column of ctdcSyntheticColumns) {
      const value = ctdcCover(
        column,
        group.map((i) => (input[i] as CtdcSyntheticRow)[column]),
      );
      for (const i of group) (out[i] as CtdcSyntheticRow)[column] = value;
    }
  const kept = groups.flat().sort((a, b) => a - b);
  const valuesSuppressed = Object.fromEntries(ctdcSyntheticColumns.map((c) => [c, 0])) as Record<
    CtdcSyntheticColumn,
    number
  >;
  for (const i of kept)
    for (const c of ctdcSyntheticColumns)
      if (input[i]?.[c] !== '' && out[i]?.[c] === ctdcWithheld) valuesSuppressed[c] += 1;
  return {
    rows: kept.map((i) => out[i] as CtdcSyntheticRow),
    kept,
    summary: {
      k,
      quasiIdentifiers: ctdcSyntheticColumns,
      recordsConsidered: input.length,
      recordsExported: kept.length,
      recordsSuppressed: input.length - kept.length,
      valuesSuppressed,
    },
  };

  /**
   * What a group would publish, per record: 1 per exact informative cell, 1/2 per generalised;
   * twice that in the columns every reader tabulates (year, gender, age, countries, forms).
   */
  function worth(group: readonly number[]): number {
    let score = 0;
    const first = input[group[0] as number] as CtdcSyntheticRow;
    for (const column of ctdcSyntheticColumns) {
      const weight = readerColumns.has(column) ? 2 : 1;
      const own = first[column];
      // Most columns agree or hold an unknown: decided without building the values.
      let agree = true;
      let unknown = own === '';
      for (const i of group) {
        const v = (input[i] as CtdcSyntheticRow)[column];
        if (v !== own) agree = false;
        if (v === '') unknown = true;
        if (!agree && unknown) break;
      }
      if (agree) score += own === '' ? 0 : weight;
      else if (!unknown && !binary.has(column) && column !== 'gender') {
        const value = ctdcCover(
          column,
          group.map((i) => (input[i] as CtdcSyntheticRow)[column]),
        );
        if (value !== ctdcWithheld) score += weight / 2;
      }
    }
    return score * group.length;
  }

  /**
   * Of the cuts with at least k records on each side that never split one value in two (for
   * countries, also those between sub-regions and between continents), the one after which the
   * two halves publish the most. Groups larger than `everyCutUpTo` try only each column's cut
   * nearest its median, as Mondrian does, which keeps a national file's export fast.
   */
  function splitOf(group: number[]): [number[], number[]] | null {
    let best: { score: number; halves: [number[], number[]] } | null = null;
    for (const byDepth of levels) {
      const finest = byDepth[byDepth.length - 1] as Int32Array;
      const sorted = [...group].sort((a, b) => (finest[a] as number) - (finest[b] as number) || a - b);
      if (finest[sorted[0] as number] === finest[sorted[sorted.length - 1] as number]) continue;
      for (const head of byDepth) {
        const cuts: number[] = [];
        for (let j = k; j <= sorted.length - k; j++)
          if (head[sorted[j - 1] as number] !== head[sorted[j] as number]) cuts.push(j);
        const middle = sorted.length / 2;
        const nearest = cuts.reduce(
          (a, j) => (a < 0 || Math.abs(j - middle) < Math.abs(a - middle) ? j : a),
          -1,
        );
        for (const cut of group.length <= everyCutUpTo ? cuts : nearest < 0 ? [] : [nearest]) {
          const halves: [number[], number[]] = [sorted.slice(0, cut), sorted.slice(cut)];
          const score = worth(halves[0]) + worth(halves[1]);
          if (!best || score > best.score) best = { score, halves };
        }
      }
    }
    return best?.halves ?? null;
  }
}

/** Cells per column that say something (not '' and not withheld), for the summary. */
export function informativeCells(rows: readonly CtdcSyntheticRow[]): Record<CtdcSyntheticColumn, number> {
  return Object.fromEntries(
    ctdcSyntheticColumns.map((c) => [c, rows.filter((r) => r[c] !== '' && r[c] !== ctdcWithheld).length]),
  ) as Record<CtdcSyntheticColumn, number>;
}
