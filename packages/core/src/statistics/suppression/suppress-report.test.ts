import { describe, expect, it } from 'vitest';
import type { Cell, ReportTable, TableFigures } from '../report-model.ts';
import { recoverableCells } from './recoverable-cells.ts';
import { suppressReport } from './suppress-report.ts';

const cell = (value: number): Cell => ({ value, suppressed: null });

function figures(cells: number[][]): TableFigures {
  const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = cells[0]!.map((_, c) => cells.reduce((a, row) => a + row[c]!, 0));
  return {
    period: { from: '2014-01-01', to: '2015-01-01', label: '2014' },
    cells: cells.map((row) => row.map(cell)),
    rowTotals: rowTotals.map(cell),
    columnTotals: columnTotals.map(cell),
    total: cell(rowTotals.reduce((a, b) => a + b, 0)),
  };
}

function table(
  key: string,
  rows: [string, string[]],
  columns: [string, string[]],
  cells: number[][],
): ReportTable {
  return {
    key,
    fact: 'victims_identified',
    title: key,
    definition: key,
    measure: { kind: 'count' },
    rowDimension: { code: rows[0] as never, label: rows[0] },
    columnDimension: { code: columns[0] as never, label: columns[0] },
    rows: rows[1].map((code) => ({ code, label: code })),
    columns: columns[1].map((code) => ({ code, label: code })),
    current: figures(cells),
    previous: figures(cells.map((row) => row.map((v) => v * 10))),
  };
}

function mask(f: TableFigures): boolean[][] {
  return [
    ...f.cells.map((row, r) => [...row.map((c) => c.value === null), f.rowTotals[r]!.value === null]),
    [...f.columnTotals.map((c) => c.value === null), f.total.value === null],
  ];
}

describe('suppressReport', () => {
  it('hides a margin in every table of the fact once one table hides it', () => {
    // sex x age: "other" sex has 3 persons (primary in both tables).
    const sexAge = table(
      'a',
      ['sex', ['female', 'male', 'other']],
      ['age_group', ['adult', 'child']],
      [
        [40, 12],
        [20, 8],
        [2, 1],
      ],
    );
    // nationality x sex: the same 3 "other" appear as a column total.
    const natSex = table(
      'b',
      ['nationality', ['domestic', 'foreign']],
      ['sex', ['female', 'male', 'other']],
      [
        [30, 18, 3],
        [22, 10, 0],
      ],
    );
    const [a, b] = suppressReport([sexAge, natSex], 5);
    expect(a!.current.rowTotals[2]).toEqual({ value: null, suppressed: 'primary' });
    expect(b!.current.columnTotals[2]).toEqual({ value: null, suppressed: 'primary' });
    // Hidden margins agree across tables, and nothing is recoverable inside either table.
    const hiddenSexA = a!.current.rowTotals.map((c) => c.value === null);
    const hiddenSexB = b!.current.columnTotals.map((c) => c.value === null);
    expect(hiddenSexA).toEqual(hiddenSexB);
    expect(recoverableCells(mask(a!.current))).toEqual([]);
    expect(recoverableCells(mask(b!.current))).toEqual([]);
    // The previous year (all figures >= 10) is published whole.
    expect(a!.previous.cells.flat().every((c) => c.value !== null)).toBe(true);
  });
});
