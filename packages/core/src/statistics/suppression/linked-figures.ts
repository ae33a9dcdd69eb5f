import type { Cell, ReportTable, TableFigures } from '../report-model.ts';

export type PeriodSide = 'current' | 'previous';

/** Where a figure is printed: a table of the fact, and which cell of it. */
export type Place =
  | { table: number; at: 'cell'; row: number; column: number }
  | { table: number; at: 'row_total'; row: number }
  | { table: number; at: 'column_total'; column: number }
  | { table: number; at: 'total' };

/** One figure of a fact, however many tables print it (a margin or the total is shared). */
export interface LinkedFigure {
  key: string;
  value: number;
  places: Place[];
  /** The grand total, a margin (a total of one dimension), or an inner cell of one table. */
  kind: 'total' | 'margin' | 'cell';
}

/** A linear equation over figures: the sum of coefficient x figure is zero. */
export type Equation = readonly (readonly [figure: number, coefficient: number])[];

export interface LinkedSystem {
  figures: LinkedFigure[];
  equations: Equation[];
}

/**
 * The count tables of one fact in one period as one system of figures and equations, the way an
 * attacker who reads all of them sees it: "women" in sex x age and in nationality x sex is the
 * same unknown, every row and column adds up to its total, and the totals of one dimension add
 * up to the grand total. Equations met in several tables are kept once.
 */
export function linkFigures(tables: readonly ReportTable[], period: PeriodSide): LinkedSystem {
  const figures: LinkedFigure[] = [];
  const index = new Map<string, number>();
  const equations = new Map<string, Equation>();
  const figure = (key: string, kind: LinkedFigure['kind'], cell: Cell, place: Place): number => {
    let at = index.get(key);
    if (at === undefined) {
      at = figures.length;
      index.set(key, at);
      figures.push({ key, value: cell.value ?? 0, places: [], kind });
    }
    figures[at]!.places.push(place);
    return at;
  };
  const addEquation = (parts: number[], total: number) => {
    const terms: [number, number][] = [...parts.map((p) => [p, 1] as [number, number]), [total, -1]];
    equations.set(
      terms
        .map(([f]) => f)
        .sort((a, b) => a - b)
        .join(','),
      terms,
    );
  };
  tables.forEach((table, t) => {
    const f: TableFigures = table[period];
    const rowDim = table.rowDimension.code;
    const grand = figure('*', 'total', f.total, { table: t, at: 'total' });
    const rowTotals = table.rows.map((row, r) =>
      figure(`${rowDim}=${row.code}`, 'margin', f.rowTotals[r]!, { table: t, at: 'row_total', row: r }),
    );
    addEquation(rowTotals, grand);
    if (!table.columnDimension) return;
    const colDim = table.columnDimension.code;
    const columnTotals = table.columns.map((column, c) =>
      figure(`${colDim}=${column.code}`, 'margin', f.columnTotals[c]!, {
        table: t,
        at: 'column_total',
        column: c,
      }),
    );
    addEquation(columnTotals, grand);
    const inner = table.rows.map((row, r) =>
      table.columns.map((column, c) =>
        figure(`${table.key}:${row.code}:${column.code}`, 'cell', f.cells[r]![c]!, {
          table: t,
          at: 'cell',
          row: r,
          column: c,
        }),
      ),
    );
    for (const [r, cells] of inner.entries()) addEquation(cells, rowTotals[r]!);
    for (const [c, total] of columnTotals.entries()) {
      addEquation(
        inner.map((cells) => cells[c]!),
        total,
      );
    }
  });
  return { figures, equations: [...equations.values()] };
}

/** The cell of a table at a place. */
export function cellAt(figures: TableFigures, place: Place): Cell {
  switch (place.at) {
    case 'cell':
      return figures.cells[place.row]![place.column]!;
    case 'row_total':
      return figures.rowTotals[place.row]!;
    case 'column_total':
      return figures.columnTotals[place.column]!;
    case 'total':
      return figures.total;
  }
}
