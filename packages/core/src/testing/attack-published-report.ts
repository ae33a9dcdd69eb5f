import loadHighs from 'highs';
import type { ReportTable, TableFigures } from '../statistics/report-model.ts';

/**
 * An attacker independent of the suppression code, for tests: it knows how the report is made
 * (every table of a fact counts the same persons, each by two of their dimensions) and reads
 * every published figure of a fact's count tables. Its unknowns are the inner cells of every
 * table, whole numbers of at least zero; every published figure is one equation, and the tables
 * must agree on every value of a dimension they share. For each hidden figure it asks HiGHS (a
 * different solver, and a different formulation, from the suppression's) for the least and the
 * most that figure can be, as an integer programme.
 *
 * `truth` gives the real tables (internal view) so the test knows each hidden figure's value.
 */
export interface AttackFinding {
  table: string;
  period: 'current' | 'previous';
  row: string | null;
  column: string | null;
  value: number;
  low: number;
  high: number;
}

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let solver: Promise<Highs> | undefined;

export async function attackPublishedReport(
  published: readonly ReportTable[],
  truth: readonly ReportTable[],
): Promise<AttackFinding[]> {
  solver ??= loadHighs();
  const highs = await solver;
  const findings: AttackFinding[] = [];
  const facts = [...new Set(published.filter((t) => t.measure.kind === 'count').map((t) => t.fact))];
  for (const fact of facts) {
    const tables = published.filter((t) => t.fact === fact && t.measure.kind === 'count');
    for (const period of ['current', 'previous'] as const) {
      findings.push(...attackFact(highs, tables, truth, period));
    }
  }
  return findings;
}

interface Figure {
  table: ReportTable;
  row: string | null;
  column: string | null;
  cell: { value: number | null; suppressed: boolean };
}

function figuresOf(table: ReportTable, f: TableFigures): Figure[] {
  const out: Figure[] = [{ table, row: null, column: null, cell: f.total }];
  for (const [r, row] of table.rows.entries()) {
    out.push({ table, row: row.code, column: null, cell: f.rowTotals[r]! });
  }
  for (const [c, column] of table.columns.entries()) {
    out.push({ table, row: null, column: column.code, cell: f.columnTotals[c]! });
  }
  for (const [r, row] of table.rows.entries()) {
    for (const [c, column] of table.columns.entries()) {
      out.push({ table, row: row.code, column: column.code, cell: f.cells[r]![c]! });
    }
  }
  return out;
}

function attackFact(
  highs: Highs,
  tables: readonly ReportTable[],
  truth: readonly ReportTable[],
  period: 'current' | 'previous',
): AttackFinding[] {
  // Unknowns: the inner cells of every table (a one-dimensional table: its parts). A figure is
  // the sum of its table's inner cells that it covers.
  const variables = new Map<ReportTable, string[][]>();
  for (const [ti, t] of tables.entries()) {
    variables.set(
      t,
      t.rows.map((_, r) =>
        t.columnDimension ? t.columns.map((_, c) => `t${ti}r${r}c${c}`) : [`t${ti}r${r}`],
      ),
    );
  }
  const covered = (figure: Figure): string[] => {
    const cells = variables.get(figure.table)!;
    return figure.table.rows.flatMap((row, r) =>
      cells[r]!.filter((_, c) => {
        const column = figure.table.columns[c]?.code;
        return (
          (figure.row === null || figure.row === row.code) &&
          (figure.column === null || figure.column === column)
        );
      }),
    );
  };
  const sumOf = (names: string[]) => (names.length > 0 ? names.join(' + ') : '0 t0r0');
  // What the persons behind the tables force: every table counts the same persons, so a
  // dimension's value has one count whichever table shows it (and the grand totals agree). The
  // tables of a fact share one dimension at a time (a tree), so these agreements are all the
  // full cross-classification adds (Lauritzen, decomposable models): this is the cube's attack.
  const marginal = (t: ReportTable, dim: string, code: string | null): string[] => {
    const asRow = t.rowDimension.code === dim;
    const asColumn = t.columnDimension?.code === dim;
    if (code !== null && !asRow && !asColumn) return [];
    return covered({
      table: t,
      row: asRow ? code : null,
      column: asColumn ? code : null,
      cell: { value: null, suppressed: true },
    });
  };
  const agreements: string[] = [];
  const dims = new Map<string, Set<string>>();
  for (const t of tables) {
    for (const [dim, codes] of [
      [t.rowDimension.code, t.rows],
      ...(t.columnDimension ? [[t.columnDimension.code, t.columns] as const] : []),
    ] as const) {
      const set = dims.get(dim) ?? new Set<string>();
      for (const c of codes) set.add(c.code);
      dims.set(dim, set);
    }
  }
  const [first, ...others] = tables;
  for (const other of others)
    agreements.push(
      `${sumOf(marginal(first!, '', null))} - ${sumOf(marginal(other, '', null)).replaceAll(' + ', ' - ')} = 0`,
    );
  for (const [dim, codes] of dims) {
    const holders = tables.filter((t) => t.rowDimension.code === dim || t.columnDimension?.code === dim);
    for (const code of codes) {
      const [a, ...rest] = holders;
      for (const b of rest) {
        const left = marginal(a!, dim, code);
        const right = marginal(b, dim, code);
        if (left.length + right.length === 0) continue;
        agreements.push(`${sumOf(left)} - ${sumOf(right).replaceAll(' + ', ' - ')} = 0`);
      }
    }
  }
  const figures = tables.flatMap((t) => figuresOf(t, t[period]));
  const equations = [
    ...figures
      .filter((f) => !f.cell.suppressed && f.cell.value !== null)
      .map((f) => `${sumOf(covered(f))} = ${f.cell.value}`),
    ...agreements,
  ].map((e, i) => ` c${i}: ${e}`);
  const all = [...variables.values()].flat(2);
  const findings: AttackFinding[] = [];
  for (const figure of figures.filter((f) => f.cell.suppressed)) {
    const real = truth.find((t) => t.key === figure.table.key)!;
    const value = figuresOf(real, real[period]).find(
      (f) => f.row === figure.row && f.column === figure.column,
    )!.cell.value!;
    const bound = (sense: 'Minimize' | 'Maximize') => {
      const model = [
        sense,
        ` obj: ${sumOf(covered(figure))}`,
        'Subject To',
        ...equations,
        'Bounds',
        ...all.map((name) => ` ${name} >= 0`),
        'Generals',
        ` ${all.join(' ')}`,
        'End',
      ].join('\n');
      const result = highs.solve(model, { output_flag: false, time_limit: 30 });
      if (result.Status === 'Unbounded') return Number.POSITIVE_INFINITY;
      if (result.Status !== 'Optimal') throw new Error(`attack: ${result.Status}`);
      return Math.round(result.ObjectiveValue);
    };
    findings.push({
      table: figure.table.key,
      period,
      row: figure.row,
      column: figure.column,
      value,
      low: bound('Minimize'),
      high: bound('Maximize'),
    });
  }
  return findings;
}
