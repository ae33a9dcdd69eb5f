import type { Ctx } from '../../context.ts';
import { readFigure } from '../../statistics/narrative/read-figure.ts';
import type { Period, ReportTable } from '../../statistics/report-model.ts';
import type { FigurePair } from './assess-minimum-standards.ts';
import { tableEvidence } from './evidence-definitions.ts';

/** A table evidence's figure: the sum of its cells (a row a sparse table dropped is 0); null if the table is absent. */
function tableFigure(
  tables: ReadonlyMap<string, ReportTable>,
  refs: (typeof tableEvidence)[number]['refs'],
  period: 'current' | 'previous',
): number | null {
  let sum = 0;
  for (const ref of refs) {
    const table = tables.get(ref.table);
    if (!table) return null;
    const figure = readFigure(table, ref.row, ref.column, period);
    if (figure && figure.cell.value === null) return null;
    sum += figure?.cell.value ?? 0;
  }
  return sum;
}

/** The action plan in force in the period and its indicators: records, not catalogue figures. */
async function planFigures(ctx: Ctx, period: Period): Promise<Record<string, number>> {
  const plans = await ctx.store.actionPlans.listPlans();
  const year = Number(period.from.slice(0, 4));
  const inForce = plans.filter(
    (plan) =>
      plan.adoptedOn !== null && plan.adoptedOn < period.to && plan.startYear <= year && year <= plan.endYear,
  );
  const indicators = await Promise.all(inForce.map((plan) => ctx.store.actionPlans.listIndicators(plan.id)));
  return {
    plan_in_force: inForce.length > 0 ? 1 : 0,
    plan_indicators: indicators.reduce((sum, list) => sum + list.length, 0),
  };
}

/**
 * Every evidence figure for the period and the one before: the report's cells, and counts of
 * the action plan records in force in each period.
 */
export async function collectAssessmentFigures(
  ctx: Ctx,
  tables: readonly ReportTable[],
  periods: { current: Period; previous: Period },
): Promise<Map<string, FigurePair>> {
  const byKey = new Map(tables.map((table) => [table.key, table]));
  const figures = new Map<string, FigurePair>();
  for (const evidence of tableEvidence) {
    figures.set(evidence.key, {
      current: tableFigure(byKey, evidence.refs, 'current'),
      previous: tableFigure(byKey, evidence.refs, 'previous'),
    });
  }
  const [current, previous] = [
    await planFigures(ctx, periods.current),
    await planFigures(ctx, periods.previous),
  ];
  for (const key of Object.keys(current))
    figures.set(key, { current: current[key] ?? null, previous: previous[key] ?? null });
  return figures;
}
