import { describe, expect, it } from 'vitest';
import { attackPublishedReport } from '../../testing/attack-published-report.ts';
import type { Cell, ReportTable, TableFigures } from '../report-model.ts';
import { suppressReport } from './suppress-report.ts';

type Person = Record<string, string>;
const dimensions: Record<string, string[]> = {
  sex: ['female', 'male', 'other'],
  age_group: ['adult', 'child', 'unknown'],
  nationality: ['domestic', 'foreign', 'unknown'],
  exploitation: ['sexual', 'labour', 'other', 'unknown'],
};
const layout: [string, string, string][] = [
  ['t.sex_age', 'sex', 'age_group'],
  ['t.nationality_sex', 'nationality', 'sex'],
  ['t.exploitation_age', 'exploitation', 'age_group'],
];

/** A country's persons: most are adult domestic women, a few are rare combinations. */
function persons(seed: number, n: number): Person[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = (codes: string[]) =>
    codes[Math.min(codes.length - 1, Math.floor(random() ** 2.2 * codes.length))]!;
  return Array.from({ length: n }, () =>
    Object.fromEntries(Object.entries(dimensions).map(([dim, codes]) => [dim, pick(codes)])),
  );
}

const cell = (value: number): Cell => ({ value, suppressed: false });

function figures(people: Person[], rows: string, columns: string): TableFigures {
  const count = (match: Person) =>
    people.filter((p) => Object.entries(match).every(([k, v]) => p[k] === v)).length;
  return {
    period: { from: '2014-01-01', to: '2015-01-01', label: '2014' },
    cells: dimensions[rows]!.map((r) =>
      dimensions[columns]!.map((c) => cell(count({ [rows]: r, [columns]: c }))),
    ),
    rowTotals: dimensions[rows]!.map((r) => cell(count({ [rows]: r }))),
    columnTotals: dimensions[columns]!.map((c) => cell(count({ [columns]: c }))),
    total: cell(people.length),
  };
}

function report(current: Person[], previous: Person[]): ReportTable[] {
  return layout.map(([key, rows, columns]) => ({
    key,
    fact: 'victims_identified',
    title: key,
    definition: key,
    measure: { kind: 'count' },
    measureLabel: 'Number',
    rowDimension: { code: rows as never, label: rows },
    columnDimension: { code: columns as never, label: columns },
    rows: dimensions[rows]!.map((code) => ({ code, label: code })),
    columns: dimensions[columns]!.map((code) => ({ code, label: code })),
    current: figures(current, rows, columns),
    previous: figures(previous, rows, columns),
  }));
}

const allCells = (f: TableFigures) => [...f.cells.flat(), ...f.rowTotals, ...f.columnTotals, f.total];

describe('suppressReport', () => {
  for (const [seed, size] of [
    [1, 60],
    [7, 25],
    [42, 140],
  ] as const) {
    it(`leaves every small hidden figure a range from 0 to its value plus 5 (seed ${seed}, ${size} persons)`, async () => {
      const truth = report(persons(seed, size), persons(seed + 1000, Math.round(size * 0.8)));
      const published = suppressReport(truth, 5);
      const findings = await attackPublishedReport(published, truth);
      const small = findings.filter((f) => f.value > 0 && f.value < 5);
      expect(small.length).toBeGreaterThan(0);
      for (const f of small) {
        const where = `${f.table} ${f.period} ${f.row}/${f.column} = ${f.value}`;
        expect(f.low, where).toBe(0);
        expect(f.high, where).toBeGreaterThanOrEqual(f.value + 5);
      }
      // Every small figure is hidden, every published figure is the true one, and one mark serves all.
      published.forEach((table, t) => {
        for (const period of ['current', 'previous'] as const) {
          const real = allCells(truth[t]![period]);
          allCells(table[period]).forEach((shown, i) => {
            const value = real[i]!.value!;
            if (value > 0 && value < 5) expect(shown).toEqual({ value: null, suppressed: true });
            if (!shown.suppressed) expect(shown.value).toBe(value);
            else expect(shown.value).toBeNull();
          });
        }
      });
      // The national total is never the price of protecting a cell.
      for (const table of published) expect(table.current.total.suppressed).toBe(false);
    }, 60_000);
  }

  it('is checked by an attacker that does find a figure hidden alone', async () => {
    // Hiding only the small figures, as a naive report would: the attacker narrows them down.
    const truth = report(persons(1, 60), persons(1001, 48));
    const naive = truth.map((table) => {
      const hide = (c: Cell): Cell => (c.value! > 0 && c.value! < 5 ? { value: null, suppressed: true } : c);
      const f = table.current;
      return {
        ...table,
        current: {
          ...f,
          cells: f.cells.map((row) => row.map(hide)),
          rowTotals: f.rowTotals.map(hide),
          columnTotals: f.columnTotals.map(hide),
          total: hide(f.total),
        },
      };
    });
    const findings = await attackPublishedReport(naive, truth);
    expect(findings.some((f) => f.low > 0 || f.high < f.value + 5)).toBe(true);
  }, 60_000);

  it('hides a margin in every table that prints it', () => {
    const truth = report(persons(3, 50), persons(4, 50));
    const [sexAge, nationalitySex] = suppressReport(truth, 5);
    // Sex is the rows of one table and the columns of the other: hidden alike in both.
    expect(sexAge!.current.rowTotals.map((c) => c.suppressed)).toEqual(
      nationalitySex!.current.columnTotals.map((c) => c.suppressed),
    );
    expect(sexAge!.current.rowTotals.some((c) => c.suppressed)).toBe(true);
  });

  it('publishes a table without small figures whole', () => {
    const truth = report(persons(5, 400), persons(6, 400)).map((t) => ({
      ...t,
      current: {
        ...t.current,
        cells: t.current.cells.map((row) => row.map((c) => cell((c.value ?? 0) + 10))),
      },
    }));
    // Totals no longer add up here; the point is only that nothing small means nothing hidden.
    const inner = suppressReport(truth, 5).flatMap((t) => t.current.cells.flat());
    expect(inner.every((c) => !c.suppressed)).toBe(true);
  });
});
