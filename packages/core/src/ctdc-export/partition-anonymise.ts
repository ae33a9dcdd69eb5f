import {
  type CtdcSyntheticColumn,
  type CtdcSyntheticRow,
  ctdcSuppressionOrder,
  ctdcSyntheticAgeBroad,
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

const bounds = (value: string): [string, string] => {
  const [low = '', high = ''] = value.split('--');
  return value.endsWith('+') ? [value.slice(0, -1), '+'] : [low, high || low];
};

/** The one value a group publishes in a column: its value if all agree, else a range or '*'. */
function cover(column: CtdcSyntheticColumn, values: readonly string[]): string {
  const distinct = [...new Set(values)];
  if (distinct.length === 1) return distinct[0] as string;
  if (distinct.includes('')) return ctdcWithheld;
  if (column === 'yearOfRegistration') {
    const years = distinct.map(Number).sort((a, b) => a - b);
    return `${years[0]}--${years[years.length - 1]}`;
  }
  const scale = ordered[column];
  if (scale) {
    const sorted = [...distinct].sort((a, b) => scale.indexOf(a) - scale.indexOf(b));
    const [low] = bounds(sorted[0] as string);
    const [, high] = bounds(sorted[sorted.length - 1] as string);
    return high === '+' ? `${low}+` : `${low}--${high}`;
  }
  return ctdcWithheld;
}

/** Sort key of a cell: ordered columns by their scale, others by value, unknown last. */
function rank(column: CtdcSyntheticColumn, value: string): number | string {
  if (value === '') return '\uffff';
  const scale = ordered[column];
  if (scale) return String(scale.indexOf(value)).padStart(3, '0');
  return value;
}

/**
 * k-anonymity over ALL columns by top-down partitioning (Mondrian, LeFevre et al. 2006, with
 * local recoding): the records are split, most useful column first (year, gender, forms, age,
 * countries, then the details), at the median of that column whenever both halves keep at least
 * k records; a group that cannot be split further publishes, in each column, its value when its
 * records agree, else the range that covers them (years to a period, age bands and durations
 * merged) or '*' (withheld). Every record of a group publishes the same tuple, so every
 * combination is shared by at least k records; no record is dropped unless there are fewer than
 * k in all. Unlike blanking to '', a withheld cell never looks like "unknown".
 */
export function kAnonymiseByPartition(input: readonly CtdcSyntheticRow[], k: number): KAnonymised {
  if (!Number.isInteger(k) || k < 1) throw new RangeError('k must be a whole number of at least 1.');
  const out = input.map((row) => ({ ...row }));
  const usefulFirst = [...ctdcSuppressionOrder].reverse();
  // Records whose whole combination is already shared by k or more are published as they are;
  // only the rest are partitioned (with each other: a group never borrows from a large class).
  const sizes = new Map<string, number[]>();
  for (const [i, row] of input.entries()) {
    const key = JSON.stringify(ctdcSyntheticColumns.map((c) => row[c]));
    sizes.set(key, [...(sizes.get(key) ?? []), i]);
  }
  const groups: number[][] = [...sizes.values()].filter((g) => g.length >= k);
  const rest = [...sizes.values()].filter((g) => g.length < k).flat();
  const stack: number[][] = rest.length >= k ? [rest] : [];
  // Fewer than k left over: they join the smallest large class, whose cover then widens.
  const smallest = groups.reduce<number[] | null>((a, g) => (!a || g.length < a.length ? g : a), null);
  if (rest.length > 0 && rest.length < k && smallest) smallest.push(...rest);
  while (stack.length > 0) {
    const group = stack.pop() as number[];
    const split = group.length >= 2 * k ? splitOf(group) : null;
    if (split) stack.push(...split);
    else groups.push(group);
  }
  for (const group of groups)
    for (const column of ctdcSyntheticColumns) {
      const value = cover(
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
   * The most useful column that can be cut near its median with at least k records on each side,
   * never splitting one value in two: what is cut first stays exact in more groups.
   */
  function splitOf(group: number[]): [number[], number[]] | null {
    for (const column of usefulFirst) {
      const keyed = group
        .map((i) => ({ i, key: rank(column, (input[i] as CtdcSyntheticRow)[column]) }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
      if (keyed[0]?.key === keyed[keyed.length - 1]?.key) continue;
      let best = -1;
      for (let cut = k; cut <= keyed.length - k; cut++)
        if (keyed[cut - 1]?.key !== keyed[cut]?.key)
          if (best < 0 || Math.abs(cut - keyed.length / 2) < Math.abs(best - keyed.length / 2)) best = cut;
      if (best < 0) continue;
      return [keyed.slice(0, best).map((e) => e.i), keyed.slice(best).map((e) => e.i)];
    }
    return null;
  }
}

/** Share of cells per column that say something (not '' and not withheld), for the summary. */
export function informativeCells(rows: readonly CtdcSyntheticRow[]): Record<CtdcSyntheticColumn, number> {
  return Object.fromEntries(
    ctdcSyntheticColumns.map((c) => [c, rows.filter((r) => r[c] !== '' && r[c] !== ctdcWithheld).length]),
  ) as Record<CtdcSyntheticColumn, number>;
}
