import { tables as catalogue } from '../catalogue.ts';
import { dimensionValues, sparseDimensions } from '../dimensions.ts';
import type { Cell, Period, ReportTable, ReportView, TableFigures } from '../report-model.ts';
import { suppressReport } from '../suppression/suppress-report.ts';

// Test fixtures: ReportTable objects from plain counts, with totals that add up and, in the
// published view, hidden as the report hides them (suppressReport on the table alone). Labels are the codes: the narrative reads codes, never labels.

export const fixturePeriod: Period = { from: '2014-01-01', to: '2015-01-01', label: '2014' };
export const fixturePreviousPeriod: Period = { from: '2013-01-01', to: '2014-01-01', label: '2013' };

/** row code -> column code -> count (missing = 0); a table without columns: row code -> value. */
export type FixtureCounts = Record<string, Record<string, number> | number | null>;

export interface FixtureOptions {
  view?: ReportView;
  threshold?: number;
}

const shown = (value: number | null): Cell => ({ value, suppressed: false });

function countFigures(period: Period, grid: number[][]): TableFigures {
  const rowTotals = grid.map((row) => row.reduce((sum, n) => sum + n, 0));
  const columnTotals = (grid[0] ?? []).map((_, c) => grid.reduce((sum, row) => sum + (row[c] ?? 0), 0));
  const total = rowTotals.reduce((sum, n) => sum + n, 0);
  return {
    period,
    cells: grid.map((row) => row.map(shown)),
    rowTotals: rowTotals.map(shown),
    columnTotals: columnTotals.map(shown),
    total: shown(total),
  };
}

function medianFigures(period: Period, rows: string[], values: FixtureCounts): TableFigures {
  const cellOf = (value: unknown): Cell =>
    value === 'suppressed'
      ? { value: null, suppressed: true }
      : shown(typeof value === 'number' ? value : null);
  return {
    period,
    cells: rows.map(() => []),
    rowTotals: rows.map((row) => cellOf(values[row])),
    columnTotals: [],
    total: cellOf(values['']),
  };
}

/**
 * A table of the catalogue from counts. Median tables take row code -> median (null: no
 * records, 'suppressed': too few records), with '' for the overall median.
 */
export function makeTable(
  key: string,
  current: FixtureCounts,
  previous: FixtureCounts = {},
  options: FixtureOptions = {},
): ReportTable {
  const definition = catalogue.find((table) => table.key === key);
  if (!definition) throw new Error(`no table ${key} in the catalogue`);
  const { view = 'internal', threshold = 5 } = options;
  const columnCodes: string[] = definition.columns ? [...dimensionValues[definition.columns]] : [];
  const valueAt = (counts: FixtureCounts, row: string, column: string) => {
    const line = counts[row];
    return typeof line === 'object' && line !== null ? (line[column] ?? 0) : 0;
  };
  let rowCodes: string[] = [...dimensionValues[definition.rows]];
  if (sparseDimensions.includes(definition.rows)) {
    rowCodes = rowCodes.filter((row) =>
      columnCodes.some((column) => valueAt(current, row, column) + valueAt(previous, row, column) > 0),
    );
  }
  const grid = (counts: FixtureCounts) =>
    rowCodes.map((row) => columnCodes.map((c) => valueAt(counts, row, c)));
  const figures = (period: Period, counts: FixtureCounts) =>
    definition.measure.kind === 'median_days'
      ? medianFigures(period, rowCodes, counts)
      : countFigures(period, grid(counts));
  const table: ReportTable = {
    key,
    fact: definition.fact,
    title: key,
    definition: key,
    measure: definition.measure,
    measureLabel: definition.measure.kind,
    rowDimension: { code: definition.rows, label: definition.rows },
    columnDimension: definition.columns ? { code: definition.columns, label: definition.columns } : null,
    rows: rowCodes.map((code) => ({ code, label: code })),
    columns: columnCodes.map((code) => ({ code, label: code })),
    current: figures(fixturePeriod, current),
    previous: figures(fixturePreviousPeriod, previous),
  };
  // The published view hides what the report would hide (this table alone).
  return view === 'published' && definition.measure.kind === 'count'
    ? suppressReport([table], threshold)[0]!
    : table;
}
