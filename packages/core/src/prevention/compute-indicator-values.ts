import type { Ctx } from '../context.ts';
import { holdsGrant } from '../policy/authorize.ts';
import { buildAnnualReport } from '../statistics/build-annual-report.ts';
import type { ReportTable } from '../statistics/report-model.ts';
import type { PlanIndicator } from './action-plan.ts';

/**
 * The value of each computed indicator for a year, read from OpenNRM's own statistics (national,
 * internal view) at the moment of asking: a decision recorded today changes it today. Only for
 * actors who may read national figures; others get null (and the web says why).
 */
export async function computeIndicatorValues(
  ctx: Ctx,
  indicators: readonly PlanIndicator[],
  years: readonly number[],
): Promise<Map<string, Record<string, number | null>>> {
  const result = new Map<string, Record<string, number | null>>();
  const national = holdsGrant(ctx.actor, 'statistics', 'read', ['aggregate', 'all']);
  const reports = new Map<string, Promise<ReportTable | undefined>>();
  const tableFor = (tableKey: string, year: number) => {
    const key = `${tableKey}@${year}`;
    let table = reports.get(key);
    if (!table) {
      table = buildAnnualReport(ctx, { year, scope: 'national', view: 'internal', forTable: tableKey }).then(
        (r) => r.tables.find((t) => t.key === tableKey),
      );
      reports.set(key, table);
    }
    return table;
  };
  for (const indicator of indicators) {
    const source = indicator.source;
    if (source.kind !== 'computed') continue;
    const values: Record<string, number | null> = {};
    for (const year of years) {
      values[year] = national
        ? cellOf(await tableFor(source.tableKey, year), source.row, source.column)
        : null;
    }
    result.set(indicator.id, values);
  }
  return result;
}

function cellOf(table: ReportTable | undefined, row: string, column: string | undefined): number | null {
  if (!table) return null;
  const figures = table.current;
  const r = row === 'total' ? -1 : table.rows.findIndex((x) => x.code === row);
  const c =
    column === undefined || column === 'total' ? -1 : table.columns.findIndex((x) => x.code === column);
  if (r === -1 && c === -1) return figures.total.value;
  if (r === -1) return figures.columnTotals[c]?.value ?? null;
  if (c === -1) return figures.rowTotals[r]?.value ?? null;
  return figures.cells[r]?.[c]?.value ?? null;
}
