import { describe, expect, it } from 'vitest';
import type { Cell, TableFigures } from '../report-model.ts';
import { type FiguresToCompare, listCellRevisions } from './list-cell-revisions.ts';

const shown = (value: number): Cell => ({ value, suppressed: false });
const hidden: Cell = { value: null, suppressed: true };
const period = { from: '2014-01-01', to: '2015-01-01', label: '2014' };

/** A 2 x 2 sex x age table: cells, row totals, column totals, total. */
function version(cells: Cell[][], rowTotals: Cell[], columnTotals: Cell[], total: Cell): FiguresToCompare {
  const figures: TableFigures = { period, cells, rowTotals, columnTotals, total };
  return {
    tables: [
      {
        key: 'victims_identified.sex_age',
        rows: [
          { code: 'female', label: 'Female' },
          { code: 'male', label: 'Male' },
        ],
        columns: [
          { code: 'adult', label: 'Adult' },
          { code: 'child', label: 'Child' },
        ],
        current: figures,
        previous: figures,
      },
    ],
  };
}

const current = [{ before: 'current', after: 'current', period: 'current' }] as const;

describe('the cells a correction lists', () => {
  it('lists a shown figure that changed, with both values, in the newer version’s order', () => {
    const before = version(
      [
        [shown(50), shown(0)],
        [shown(0), shown(0)],
      ],
      [shown(50), shown(0)],
      [shown(50), shown(0)],
      shown(50),
    );
    const after = version(
      [
        [shown(51), shown(0)],
        [shown(0), shown(0)],
      ],
      [shown(51), shown(0)],
      [shown(51), shown(0)],
      shown(51),
    );
    expect(listCellRevisions(before, after, current)).toEqual([
      {
        table: 'victims_identified.sex_age',
        period: 'current',
        row: 'female',
        column: 'adult',
        before: { status: 'shown', value: 50 },
        after: { status: 'shown', value: 51 },
      },
      {
        table: 'victims_identified.sex_age',
        period: 'current',
        row: 'female',
        column: null,
        before: { status: 'shown', value: 50 },
        after: { status: 'shown', value: 51 },
      },
      {
        table: 'victims_identified.sex_age',
        period: 'current',
        row: null,
        column: 'adult',
        before: { status: 'shown', value: 50 },
        after: { status: 'shown', value: 51 },
      },
      {
        table: 'victims_identified.sex_age',
        period: 'current',
        row: null,
        column: null,
        before: { status: 'shown', value: 50 },
        after: { status: 'shown', value: 51 },
      },
    ]);
  });

  it('never tells a hidden value, nor whether a cell hidden in both versions moved', () => {
    // Before: 3 foreign men hidden (and the adult column with them); after: 4, still hidden; a
    // cell that became hidden and one that became shown carry only "not shown" on that side.
    const before = version(
      [
        [shown(50), shown(0)],
        [{ value: 3, suppressed: true }, shown(6)],
      ],
      [shown(50), shown(9)],
      [hidden, shown(6)],
      shown(59),
    );
    const after = version(
      [
        [shown(50), { value: 2, suppressed: true }],
        [{ value: 4, suppressed: true }, shown(6)],
      ],
      [hidden, shown(10)],
      [hidden, hidden],
      shown(62),
    );
    const revisions = listCellRevisions(before, after, current);
    expect(revisions.map((r) => [r.row, r.column, r.before, r.after])).toEqual([
      ['female', 'child', { status: 'shown', value: 0 }, { status: 'not_shown' }],
      ['female', null, { status: 'shown', value: 50 }, { status: 'not_shown' }],
      ['male', null, { status: 'shown', value: 9 }, { status: 'shown', value: 10 }],
      [null, 'child', { status: 'shown', value: 6 }, { status: 'not_shown' }],
      [null, null, { status: 'shown', value: 59 }, { status: 'shown', value: 62 }],
    ]);
    // Neither the hidden 2, 3 nor 4 appears anywhere, not even as a stray value field.
    for (const r of revisions) {
      for (const side of [r.before, r.after])
        if (side.status !== 'shown') expect(Object.keys(side)).toEqual(['status']);
    }
  });

  it('marks cells of a table or row that one version did not have as absent', () => {
    const before = version(
      [
        [shown(5), shown(0)],
        [shown(0), shown(0)],
      ],
      [shown(5), shown(0)],
      [shown(5), shown(0)],
      shown(5),
    );
    const after: FiguresToCompare = { tables: [] };
    const revisions = listCellRevisions(before, after, current);
    expect(revisions).toHaveLength(9);
    expect(revisions.every((r) => r.after.status === 'absent')).toBe(true);
  });

  it('compares a release’s current column with today’s previous-year column', () => {
    const release = version(
      [
        [shown(54), shown(1)],
        [shown(3), shown(0)],
      ],
      [shown(55), shown(3)],
      [shown(57), shown(1)],
      shown(58),
    );
    const today = version(
      [
        [shown(54), shown(1)],
        [shown(3), shown(0)],
      ],
      [shown(55), shown(3)],
      [shown(57), shown(1)],
      shown(58),
    );
    today.tables[0]!.previous = { ...today.tables[0]!.previous, total: shown(59) };
    expect(
      listCellRevisions(release, today, [{ before: 'current', after: 'previous', period: 'previous' }]),
    ).toEqual([
      {
        table: 'victims_identified.sex_age',
        period: 'previous',
        row: null,
        column: null,
        before: { status: 'shown', value: 58 },
        after: { status: 'shown', value: 59 },
      },
    ]);
  });
});
