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

/** The period's last day (periods are half-open; the prevention lists take inclusive days). */
function lastDay(period: Period): string {
  const to = new Date(`${period.to}T00:00:00Z`);
  return new Date(to.getTime() - 86_400_000).toISOString().slice(0, 10);
}

// Counts only: the records themselves never leave this function.
const all = 100_000;

async function preventionFigures(ctx: Ctx, period: Period): Promise<Record<string, number>> {
  const filter = { organisationId: null, from: period.from, to: lastDay(period), limit: all };
  const [awareness, trainings, oversight, plans] = await Promise.all([
    ctx.store.prevention.listAwareness(filter),
    ctx.store.prevention.listTrainings(filter),
    ctx.store.prevention.listOversight(filter),
    ctx.store.actionPlans.listPlans(),
  ]);
  const year = Number(period.from.slice(0, 4));
  const inForce = plans.filter(
    (plan) =>
      plan.adoptedOn !== null && plan.adoptedOn < period.to && plan.startYear <= year && year <= plan.endYear,
  );
  const indicators = await Promise.all(inForce.map((plan) => ctx.store.actionPlans.listIndicators(plan.id)));
  const participants = (bodyType?: string) =>
    trainings.reduce(
      (sum, t) =>
        sum +
        t.participants
          .filter((p) => !bodyType || p.bodyType === bodyType)
          .reduce((s, p) => s + p.participants, 0),
      0,
    );
  return {
    awareness_activities: awareness.length,
    awareness_for_foreigners_and_employers: awareness.filter(
      (a) => a.audience === 'foreign_migrant_workers' || a.audience === 'employers',
    ).length,
    officials_trained: participants(),
    diplomats_trained: participants('diplomats'),
    recruitment_oversight: oversight
      .filter((o) => o.kind === 'recruitment_agency_inspection' || o.kind === 'workplace_inspection')
      .reduce((sum, o) => sum + o.inspections, 0),
    demand_measures: oversight.filter(
      (o) => o.kind === 'demand_reduction_campaign' || o.kind === 'other_demand_measure',
    ).length,
    plan_in_force: inForce.length > 0 ? 1 : 0,
    plan_indicators: indicators.reduce((sum, list) => sum + list.length, 0),
  };
}

/**
 * Every evidence figure for the period and the one before: the report's cells, and counts of
 * the prevention and action plan records placed in each period by the day they happened.
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
    await preventionFigures(ctx, periods.current),
    await preventionFigures(ctx, periods.previous),
  ];
  for (const key of Object.keys(current))
    figures.set(key, { current: current[key] ?? null, previous: previous[key] ?? null });
  return figures;
}
