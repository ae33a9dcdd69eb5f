import {
  type CtdcSyntheticColumn,
  type CtdcSyntheticRow,
  ctdcSyntheticColumns,
} from './ctdc-synthetic-columns.ts';
import { ctdcWithheld } from './partition-anonymise.ts';

/** How much a published file says, against the records it was made from. */
export interface OpenDataMeasure {
  /** Per column: published cells that say something (neither empty nor withheld `*`). */
  cells: Record<CtdcSyntheticColumn, number>;
  /** The same count on the records before anonymisation. */
  inputCells: Record<CtdcSyntheticColumn, number>;
  total: number;
  inputTotal: number;
  /** Cells published as `*` (withheld). */
  withheld: number;
  /** Distinct combinations of all columns, published and before. */
  combinations: number;
  inputCombinations: number;
  /** The smallest number of published records sharing one combination (the k achieved). */
  smallest: number;
  inputSmallest: number;
  records: number;
}

/**
 * Information kept by an anonymised file: the figures the export prints and bench/RESULTS.md
 * records. A range ("18--29", "2019--2021") or a region counts as saying something; `*` does not.
 */
export function measureOpenData(
  input: readonly CtdcSyntheticRow[],
  published: readonly CtdcSyntheticRow[],
): OpenDataMeasure {
  const cells = countInformative(published);
  const inputCells = countInformative(input);
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  const before = groupSizes(input);
  const after = groupSizes(published);
  return {
    cells,
    inputCells,
    total: sum(cells),
    inputTotal: sum(inputCells),
    withheld: published.reduce(
      (n, r) => n + ctdcSyntheticColumns.filter((c) => r[c] === ctdcWithheld).length,
      0,
    ),
    combinations: after.length,
    inputCombinations: before.length,
    smallest: after.length === 0 ? 0 : Math.min(...after),
    inputSmallest: before.length === 0 ? 0 : Math.min(...before),
    records: published.length,
  };
}

function countInformative(rows: readonly CtdcSyntheticRow[]): Record<CtdcSyntheticColumn, number> {
  return Object.fromEntries(
    ctdcSyntheticColumns.map((c) => [c, rows.filter((r) => r[c] !== '' && r[c] !== ctdcWithheld).length]),
  ) as Record<CtdcSyntheticColumn, number>;
}

function groupSizes(rows: readonly CtdcSyntheticRow[]): number[] {
  const sizes = new Map<string, number>();
  for (const row of rows) {
    const key = JSON.stringify(ctdcSyntheticColumns.map((c) => row[c]));
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return [...sizes.values()];
}
