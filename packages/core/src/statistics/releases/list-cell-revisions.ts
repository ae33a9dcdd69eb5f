import type { Cell, ReportTable, TableFigures } from '../report-model.ts';
import type { CellRevision, PublishedFigure } from './release-model.ts';

/**
 * Hidden, whatever the report model calls its mark: a suppressed cell is never compared or
 * shown by value, only as "not shown".
 */
function isHidden(cell: Cell): boolean {
  return Boolean(cell.suppressed);
}

function figureOf(cell: Cell | undefined): PublishedFigure {
  if (!cell) return { status: 'absent' };
  if (isHidden(cell)) return { status: 'not_shown' };
  return { status: 'shown', value: cell.value };
}

type Located = { row: string | null; column: string | null; cell: Cell };

/** Every cell of one period of a table with its row and column codes (null = total). */
function cellsOf(table: Pick<ReportTable, 'rows' | 'columns'>, figures: TableFigures): Located[] {
  const out: Located[] = [];
  table.rows.forEach((row, i) => {
    table.columns.forEach((column, j) => {
      const cell = figures.cells[i]?.[j];
      if (cell) out.push({ row: row.code, column: column.code, cell });
    });
    const total = figures.rowTotals[i];
    if (total) out.push({ row: row.code, column: null, cell: total });
  });
  table.columns.forEach((column, j) => {
    const total = figures.columnTotals[j];
    if (total) out.push({ row: null, column: column.code, cell: total });
  });
  out.push({ row: null, column: null, cell: figures.total });
  return out;
}

const keyOf = (c: { row: string | null; column: string | null }) => `${c.row ?? ''}\u0000${c.column ?? ''}`;

function differs(a: PublishedFigure, b: PublishedFigure): boolean {
  // Hidden in both: whether the hidden value moved is itself a disclosure, so it is not listed.
  if (a.status !== 'shown' || b.status !== 'shown') return a.status !== b.status;
  return a.value !== b.value;
}

export interface FiguresToCompare {
  tables: readonly Pick<ReportTable, 'key' | 'rows' | 'columns' | 'current' | 'previous'>[];
}

/**
 * The cells that differ between two published versions, in the order of the newer one. A cell
 * hidden in either version is listed as "not shown" on that side, never with its value: a
 * revision list must not tell what the suppression hid. `pick` says which figures of each
 * version to compare (a correction compares both periods; the report's previous-year column
 * compares a release's current figures with today's previous ones).
 */
export function listCellRevisions(
  before: FiguresToCompare,
  after: FiguresToCompare,
  pairs: readonly {
    before: 'current' | 'previous';
    after: 'current' | 'previous';
    period: 'current' | 'previous';
  }[],
): CellRevision[] {
  const revisions: CellRevision[] = [];
  const keys = [...new Set([...after.tables.map((t) => t.key), ...before.tables.map((t) => t.key)])];
  for (const pair of pairs) {
    for (const key of keys) {
      const old = before.tables.find((t) => t.key === key);
      const now = after.tables.find((t) => t.key === key);
      const oldCells = new Map((old ? cellsOf(old, old[pair.before]) : []).map((c) => [keyOf(c), c]));
      const newCells = new Map((now ? cellsOf(now, now[pair.after]) : []).map((c) => [keyOf(c), c]));
      // The newer version's order, then cells only the older one had.
      const located = [
        ...newCells.values(),
        ...[...oldCells.values()].filter((c) => !newCells.has(keyOf(c))),
      ];
      for (const { row, column } of located) {
        const k = keyOf({ row, column });
        const beforeFigure = figureOf(oldCells.get(k)?.cell);
        const afterFigure = figureOf(newCells.get(k)?.cell);
        if (differs(beforeFigure, afterFigure)) {
          revisions.push({
            table: key,
            period: pair.period,
            row,
            column,
            before: beforeFigure,
            after: afterFigure,
          });
        }
      }
    }
  }
  return revisions;
}
