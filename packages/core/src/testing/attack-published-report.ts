import loadHighs from 'highs';
import type { ReportTable, TableFigures } from '../statistics/report-model.ts';

/**
 * An attacker independent of the suppression code, for tests: it knows how the report is made
 * (each count is a sum over persons classified by every dimension of the fact) and reads every
 * published figure of a fact's count tables. Its unknowns are the counts of the full
 * cross-classification of the fact's dimensions (the "cube"), whole numbers of at least zero;
 * every published figure is one equation. For each hidden figure it asks HiGHS (a different
 * solver from the one suppression uses) for the least and the most that figure can be.
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
  table.rows.forEach((row, r) => out.push({ table, row: row.code, column: null, cell: f.rowTotals[r]! }));
  table.columns.forEach((column, c) =>
    out.push({ table, row: null, column: column.code, cell: f.columnTotals[c]! }),
  );
  table.rows.forEach((row, r) =>
    table.columns.forEach((column, c) =>
      out.push({ table, row: row.code, column: column.code, cell: f.cells[r]![c]! }),
    ),
  );
  return out;
}

function attackFact(
  highs: Highs,
  tables: readonly ReportTable[],
  truth: readonly ReportTable[],
  period: 'current' | 'previous',
): AttackFinding[] {
  // The cube: every combination of the codes the fact's tables show for each dimension.
  const codes = new Map<string, string[]>();
  for (const t of tables) {
    codes.set(t.rowDimension.code, [...new Set([...(codes.get(t.rowDimension.code) ?? []), ...t.rows.map((r) => r.code)])]);
    if (t.columnDimension)
      codes.set(t.columnDimension.code, [
        ...new Set([...(codes.get(t.columnDimension.code) ?? []), ...t.columns.map((c) => c.code)]),
      ]);
  }
  const dims = [...codes.keys()];
  let cube: Record<string, string>[] = [{}];
  for (const dim of dims) cube = cube.flatMap((cell) => codes.get(dim)!.map((code) => ({ ...cell, [dim]: code })));
  const covers = (figure: Figure, cell: Record<string, string>) =>
    (figure.row === null || cell[figure.table.rowDimension.code] === figure.row) &&
    (figure.column === null || cell[figure.table.columnDimension!.code] === figure.column);
  const sumOf = (figure: Figure) =>
    cube.flatMap((cell, i) => (covers(figure, cell) ? [`x${i}`] : [])).join(' + ') || '0 x0';
  const figures = tables.flatMap((t) => figuresOf(t, t[period]));
  const equations = figures
    .filter((f) => !f.cell.suppressed && f.cell.value !== null)
    .map((f, i) => ` p${i}: ${sumOf(f)} = ${f.cell.value}`);
  const findings: AttackFinding[] = [];
  for (const figure of figures.filter((f) => f.cell.suppressed)) {
    const real = truth.find((t) => t.key === figure.table.key)!;
    const value = figuresOf(real, real[period]).find(
      (f) => f.row === figure.row && f.column === figure.column,
    )!.cell.value!;
    const bound = (sense: 'Minimize' | 'Maximize') => {
      const model = [
        sense,
        ` obj: ${sumOf(figure)}`,
        'Subject To',
        ...(equations.length > 0 ? equations : [' p0: x0 >= 0']),
        'Bounds',
        ...cube.map((_, i) => ` x${i} >= 0`),
        'Generals',
        ` ${cube.map((_, i) => `x${i}`).join(' ')}`,
        'End',
      ].join('\n');
      const result = highs.solve(model, { output_flag: false, time_limit: 20 });
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
