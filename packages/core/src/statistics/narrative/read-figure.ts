import type { Cell, ReportTable } from '../report-model.ts';
import type { FigureRef } from './narrative-pieces.ts';

/**
 * The cell at a row and column code (null = that axis's total), or null when the table has no
 * such row or column (sparse dimensions drop rows that are zero in both years).
 */
export function readFigure(
  table: ReportTable,
  row: string | null,
  column: string | null,
  period: 'current' | 'previous',
): FigureRef | null {
  const figures = table[period];
  const r = row === null ? -1 : table.rows.findIndex((candidate) => candidate.code === row);
  const c = column === null ? -1 : table.columns.findIndex((candidate) => candidate.code === column);
  if ((row !== null && r < 0) || (column !== null && c < 0)) return null;
  let cell: Cell | undefined;
  if (row === null && column === null) cell = figures.total;
  else if (column === null) cell = figures.rowTotals[r];
  else if (row === null) cell = figures.columnTotals[c];
  else cell = figures.cells[r]?.[c];
  return cell ? { table: table.key, row, column, period, cell } : null;
}
