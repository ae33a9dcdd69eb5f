import {
  type CtdcSyntheticColumn,
  type CtdcSyntheticRow,
  ctdcSuppressionOrder,
  ctdcSyntheticColumns,
} from './ctdc-synthetic-columns.ts';

/** What k-anonymisation did, for the export summary and the audit log. */
export interface KAnonymitySummary {
  k: number;
  /** Every exported column: a combination of all of them describes at least k records. */
  quasiIdentifiers: readonly CtdcSyntheticColumn[];
  recordsConsidered: number;
  recordsExported: number;
  /** Records dropped because even blanking every column left them in a class smaller than k. */
  recordsSuppressed: number;
  /** Per column: cells of exported records that had a value and were blanked. */
  valuesSuppressed: Record<CtdcSyntheticColumn, number>;
}

export interface KAnonymised {
  /** The exported rows, in input order. */
  rows: CtdcSyntheticRow[];
  /** For each exported row, the index of its input row (never published). */
  kept: number[];
  summary: KAnonymitySummary;
}

/**
 * k-anonymity over ALL columns by greedy local suppression. An empty cell is a value like any
 * other; every combination of values in the output is shared by at least k rows.
 * 1. Group the rows by their whole tuple (equivalence classes).
 * 2. Take the next column of `ctdcSuppressionOrder` (least useful first: recruiter, means, type of
 *    sex/labour, duration, countries, age, forms, gender, year last) and blank it in every row of
 *    a class smaller than k; regroup. Rows of classes of k or more are never touched, and classes
 *    only ever gain rows, so a class once large enough stays so.
 * 3. After the last column, drop the rows still in classes smaller than k.
 * Any projection of the output onto fewer columns merges classes, so it is k-anonymous too.
 * Known limit of the greedy order: a row that differs from a large class in one useful column
 * (say citizenship) loses its detail columns before that one, and is dropped unless enough rows
 * end up blanked alike. A search over which columns to blank per row would keep more, at a cost
 * (tried: 50-100x slower on 2,000 rows, and not better on skewed data).
 */
export function kAnonymise(input: readonly CtdcSyntheticRow[], k: number): KAnonymised {
  if (!Number.isInteger(k) || k < 1) throw new RangeError('k must be a whole number of at least 1.');
  const classes = new EquivalenceClasses(input.map((row) => ({ ...row })));
  for (const column of ctdcSuppressionOrder) {
    const small = classes.small(k);
    if (small.length === 0) break;
    classes.blank(column, small);
  }
  const dropped = new Set(classes.small(k));
  const kept = classes.rows.flatMap((_, i) => (dropped.has(i) ? [] : [i]));
  const valuesSuppressed = Object.fromEntries(ctdcSyntheticColumns.map((c) => [c, 0])) as Record<
    CtdcSyntheticColumn,
    number
  >;
  for (const i of kept) {
    for (const c of ctdcSyntheticColumns)
      if (input[i]?.[c] !== classes.rows[i]?.[c]) valuesSuppressed[c] += 1;
  }
  return {
    rows: kept.map((i) => classes.rows[i] as CtdcSyntheticRow),
    kept,
    summary: {
      k,
      quasiIdentifiers: ctdcSyntheticColumns,
      recordsConsidered: input.length,
      recordsExported: kept.length,
      recordsSuppressed: dropped.size,
      valuesSuppressed,
    },
  };
}

function keyOf(row: CtdcSyntheticRow): string {
  return JSON.stringify(ctdcSyntheticColumns.map((c) => row[c]));
}

/** The rows (changed in place) and the size of each class, kept up to date as cells are blanked. */
class EquivalenceClasses {
  private readonly sizes = new Map<string, number>();
  private readonly keys: string[];

  constructor(readonly rows: CtdcSyntheticRow[]) {
    this.keys = rows.map((row) => keyOf(row));
    for (const key of this.keys) this.add(key, 1);
  }

  /** Indexes of the rows in classes smaller than k. */
  small(k: number): number[] {
    return this.keys.flatMap((key, i) => ((this.sizes.get(key) ?? 0) < k ? [i] : []));
  }

  /** Blanks `column` in the given rows and moves them to their new classes. */
  blank(column: CtdcSyntheticColumn, indexes: readonly number[]): void {
    for (const i of indexes) {
      const row = this.rows[i] as CtdcSyntheticRow;
      if (row[column] === '') continue;
      this.add(this.keys[i] as string, -1);
      row[column] = '';
      this.keys[i] = keyOf(row);
      this.add(this.keys[i], 1);
    }
  }

  private add(key: string, n: number): void {
    this.sizes.set(key, (this.sizes.get(key) ?? 0) + n);
  }
}
