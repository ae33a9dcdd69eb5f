import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectGrid, protectLine } from './protect-table.ts';
import { recoverableCells, recoverableInLine } from './recoverable-cells.ts';

/** Interior counts -> extended grid with row totals, column totals and the grand total. */
function extend(cells: number[][]): number[][] {
  const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = cells[0]!.map((_, c) => cells.reduce((a, row) => a + row[c]!, 0));
  return [
    ...cells.map((row, r) => [...row, rowTotals[r]!]),
    [...columnTotals, rowTotals.reduce((a, b) => a + b, 0)],
  ];
}

describe('protectGrid', () => {
  it('hides a lone small cell together with enough others that it cannot be recomputed', () => {
    // 50 women, 1 girl, 3 men, 0 boys: girl and men are primary.
    const grid = extend([
      [50, 1],
      [3, 0],
    ]);
    const hidden = protectGrid(grid, 5);
    expect(hidden[0]![1]).toBe(true);
    expect(hidden[1]![0]).toBe(true);
    expect(recoverableCells(hidden)).toEqual([]);
    // A zero stays published: it reveals nothing about the hidden ones.
    expect(hidden[1]![1]).toBe(false);
  });

  it('publishes a table without small cells untouched', () => {
    const hidden = protectGrid(
      extend([
        [10, 20],
        [30, 40],
      ]),
      5,
    );
    expect(hidden.flat().some(Boolean)).toBe(false);
  });

  it('never leaves a hidden figure recoverable from the margins (random tables)', () => {
    const table = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
      .chain(([r, c]) =>
        fc.array(
          fc.array(
            fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 200 })),
            { minLength: c, maxLength: c },
          ),
          { minLength: r, maxLength: r },
        ),
      );
    fc.assert(
      fc.property(table, fc.integer({ min: 2, max: 11 }), (cells, threshold) => {
        const grid = extend(cells);
        const hidden = protectGrid(grid, threshold);
        // Every primary cell is hidden, no hidden figure is recoverable.
        for (const [r, row] of grid.entries()) {
          for (const [c, v] of row.entries()) if (v > 0 && v < threshold) expect(hidden[r]![c]).toBe(true);
        }
        expect(recoverableCells(hidden)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('honours figures forced hidden by another table sharing a margin', () => {
    const grid = extend([
      [10, 20],
      [30, 40],
    ]);
    const hidden = protectGrid(grid, 5, [[0, 2]]);
    expect(hidden[0]![2]).toBe(true);
    expect(recoverableCells(hidden)).toEqual([]);
  });
});

describe('protectLine', () => {
  it('hides a second figure when one is small, the smallest part rather than the total', () => {
    expect(protectLine([3, 40, 12, 55], 5)).toEqual([true, false, true, false]);
    expect(recoverableInLine(protectLine([3, 40, 12, 55], 5))).toEqual([]);
  });

  it('never leaves exactly one hidden figure', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 8 }), (parts) => {
        const line = [...parts, parts.reduce((a, b) => a + b, 0)];
        expect(recoverableInLine(protectLine(line, 5))).toEqual([]);
      }),
    );
  });
});

describe('recoverableCells (the attacker used to check the rest)', () => {
  it('finds a lone hidden figure, and two hidden in one row but different columns', () => {
    expect(
      recoverableCells([
        [true, false, false],
        [false, false, false],
        [false, false, false],
      ]),
    ).toEqual([[0, 0]]);
    // Same row, different columns: each column equation gives its figure away.
    expect(
      recoverableCells([
        [true, true, false],
        [false, false, false],
        [false, false, false],
      ]).length,
    ).toBe(2);
    // A rectangle (cycle) hides all four.
    expect(
      recoverableCells([
        [true, true, false],
        [true, true, false],
        [false, false, false],
      ]),
    ).toEqual([]);
  });
});
