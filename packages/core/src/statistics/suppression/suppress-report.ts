import type { Cell, ReportTable, TableFigures } from '../report-model.ts';
import { protectGrid, protectLine } from './protect-table.ts';

type Period = 'current' | 'previous';

/**
 * The published view of count tables: small figures hidden (primary) and enough others
 * (secondary) that none can be recomputed. Tables of one fact share their margins (the number of
 * women is the same in "sex x age" and in "nationality x sex"), so a margin hidden in one is
 * hidden in all of them, repeated until no table hides anything new; otherwise one table would
 * publish what another hides. Median tables are handled where their counts are known.
 */
export function suppressReport(tables: readonly ReportTable[], threshold: number): ReportTable[] {
  const result = tables.map((table) => ({ ...table }));
  for (const period of ['current', 'previous'] as const) {
    const byFact = new Map<string, ReportTable[]>();
    for (const table of result) {
      if (table.measure.kind !== 'count') continue;
      byFact.set(table.fact, [...(byFact.get(table.fact) ?? []), table]);
    }
    for (const group of byFact.values()) protectFact(group, period, threshold);
  }
  return result;
}

function protectFact(group: ReportTable[], period: Period, threshold: number): void {
  const hiddenMargins = new Set<string>();
  let masks: boolean[][][] = [];
  for (let changed = true; changed; ) {
    changed = false;
    masks = group.map((table) => maskOf(table, period, threshold, hiddenMargins));
    group.forEach((table, index) => {
      for (const key of hiddenMarginKeys(table, masks[index]!)) {
        if (!hiddenMargins.has(key)) {
          hiddenMargins.add(key);
          changed = true;
        }
      }
    });
  }
  group.forEach((table, index) => {
    table[period] = applyMask(table[period], masks[index]!, threshold);
  });
}

/** The extended grid of a table: parts, row totals in the last column, column totals below. */
function gridOf(table: ReportTable, period: Period): number[][] {
  const figures = table[period];
  const value = (cell: Cell) => cell.value ?? 0;
  if (table.columns.length === 0) return [[...figures.rowTotals.map(value), value(figures.total)]];
  return [
    ...figures.cells.map((row, r) => [...row.map(value), value(figures.rowTotals[r]!)]),
    [...figures.columnTotals.map(value), value(figures.total)],
  ];
}

function marginKey(table: ReportTable, r: number, c: number, rows: number, columns: number): string | null {
  if (table.columns.length === 0) {
    return c === columns - 1 ? '*' : `${table.rowDimension.code}=${table.rows[c]!.code}`;
  }
  if (r === rows - 1 && c === columns - 1) return '*';
  if (c === columns - 1) return `${table.rowDimension.code}=${table.rows[r]!.code}`;
  if (r === rows - 1) return `${table.columnDimension!.code}=${table.columns[c]!.code}`;
  return null;
}

function maskOf(
  table: ReportTable,
  period: Period,
  threshold: number,
  hiddenMargins: Set<string>,
): boolean[][] {
  const grid = gridOf(table, period);
  const rows = grid.length;
  const columns = grid[0]!.length;
  const forced: [number, number][] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) {
      const key = marginKey(table, r, c, rows, columns);
      if (key && hiddenMargins.has(key)) forced.push([r, c]);
    }
  if (table.columns.length === 0) {
    return [
      protectLine(
        grid[0]!,
        threshold,
        forced.map(([, c]) => c),
      ),
    ];
  }
  return protectGrid(grid, threshold, forced);
}

function hiddenMarginKeys(table: ReportTable, mask: boolean[][]): string[] {
  const rows = mask.length;
  const columns = mask[0]!.length;
  const keys: string[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) {
      const key = marginKey(table, r, c, rows, columns);
      if (key && mask[r]![c]) keys.push(key);
    }
  return keys;
}

function hide(cell: Cell, hidden: boolean, threshold: number): Cell {
  if (!hidden) return cell;
  const value = cell.value ?? 0;
  return { value: null, suppressed: value > 0 && value < threshold ? 'primary' : 'secondary' };
}

function applyMask(figures: TableFigures, mask: boolean[][], threshold: number): TableFigures {
  if (figures.cells.every((row) => row.length === 0)) {
    const line = mask[0]!;
    return {
      ...figures,
      rowTotals: figures.rowTotals.map((cell, i) => hide(cell, line[i]!, threshold)),
      total: hide(figures.total, line[line.length - 1]!, threshold),
    };
  }
  const last = mask[0]!.length - 1;
  const bottom = mask.length - 1;
  return {
    ...figures,
    cells: figures.cells.map((row, r) => row.map((cell, c) => hide(cell, mask[r]![c]!, threshold))),
    rowTotals: figures.rowTotals.map((cell, r) => hide(cell, mask[r]![last]!, threshold)),
    columnTotals: figures.columnTotals.map((cell, c) => hide(cell, mask[bottom]![c]!, threshold)),
    total: hide(figures.total, mask[bottom]![last]!, threshold),
  };
}
