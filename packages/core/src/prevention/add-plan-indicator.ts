import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { tables } from '../statistics/catalogue.ts';
import { dimensionValues } from '../statistics/dimensions.ts';
import { invalid } from '../support/errors.ts';
import type { PlanIndicator } from './action-plan.ts';
import { loadPlan } from './create-action-plan.ts';
import { writePlanChange } from './plan-writes.ts';
import { text } from './prevention-checks.ts';

export interface PlanIndicatorInput {
  activityId?: string | null | undefined;
  name: string;
  unit: string;
  source: PlanIndicator['source'];
  baseline?: number | null | undefined;
  baselineYear?: number | null | undefined;
  direction?: PlanIndicator['direction'] | undefined;
  targets?: Record<string, number> | undefined;
}

/** The cell a computed indicator reads must exist in the catalogue ('total' = the margin). */
export function checkComputedSource(source: PlanIndicator['source']): void {
  if (source.kind !== 'computed') return;
  const table = tables.find((t) => t.key === source.tableKey);
  if (!table) throw invalid('Unknown statistics table.', { fields: { 'source.tableKey': 'unknown' } });
  const values = (key: string | null): readonly string[] =>
    key ? ((dimensionValues as Record<string, readonly string[]>)[key] ?? []) : [];
  if (source.row !== 'total' && !values(table.rows).includes(source.row))
    throw invalid('Unknown row of that table.', { fields: { 'source.row': 'unknown' } });
  if (
    source.column !== undefined &&
    source.column !== 'total' &&
    !values(table.columns).includes(source.column)
  )
    throw invalid('Unknown column of that table.', { fields: { 'source.column': 'unknown' } });
}

/** An indicator of the plan (or of one activity), entered by hand or computed from the statistics. */
export async function addPlanIndicator(
  ctx: Ctx,
  planId: string,
  input: PlanIndicatorInput,
): Promise<PlanIndicator> {
  authorize(ctx.actor, 'action_plan', 'create');
  const plan = await loadPlan(ctx, planId);
  if (input.activityId) {
    const activity = await ctx.store.actionPlans.getActivity(input.activityId);
    if (activity?.planId !== planId)
      throw invalid('Choose an activity of this plan.', { fields: { activityId: 'unknown' } });
  }
  checkComputedSource(input.source);
  const targets = input.targets ?? {};
  for (const [year, value] of Object.entries(targets)) {
    const y = Number(year);
    if (!Number.isInteger(y) || y < plan.startYear || y > plan.endYear || !Number.isFinite(value))
      throw invalid('Targets are numbers for years of the plan.', { fields: { targets: 'invalid' } });
  }
  const indicator: PlanIndicator = {
    id: ctx.newId(),
    planId,
    activityId: input.activityId ?? null,
    name: text(input.name, 'name', 300),
    unit: text(input.unit, 'unit', 60),
    source:
      input.source.kind === 'entered'
        ? { kind: 'entered', note: input.source.note.trim().slice(0, 300) }
        : {
            kind: 'computed',
            tableKey: input.source.tableKey,
            row: input.source.row,
            ...(input.source.column ? { column: input.source.column } : {}),
          },
    baseline: input.baseline ?? null,
    baselineYear: input.baselineYear ?? null,
    direction: input.direction ?? 'at_least',
    targets,
    values: {},
  };
  await writePlanChange(
    ctx,
    {
      action: 'plan.indicator_added',
      entityType: 'plan_indicator',
      entityId: indicator.id,
      details: { planId },
    },
    (tx) => tx.actionPlans.addIndicator(indicator),
  );
  return indicator;
}

/** The value of an entered indicator for a year (the coordinator enters what no record holds). */
export async function recordIndicatorValue(
  ctx: Ctx,
  indicatorId: string,
  year: number,
  value: number,
): Promise<void> {
  authorize(ctx.actor, 'action_plan', 'create');
  const indicator = await ctx.store.actionPlans.getIndicator(indicatorId);
  if (!indicator) throw invalid('Unknown indicator.', { fields: { indicatorId: 'unknown' } });
  if (indicator.source.kind === 'computed')
    throw invalid('This indicator is computed from the records; it takes no entered value.', {
      fields: { value: 'computed' },
    });
  if (!Number.isInteger(year) || !Number.isFinite(value))
    throw invalid('Give a year and a number.', { fields: { value: 'invalid' } });
  await writePlanChange(
    ctx,
    {
      action: 'plan.indicator_value',
      entityType: 'plan_indicator',
      entityId: indicatorId,
      details: { year, value },
    },
    (tx) => tx.actionPlans.setIndicatorValue(indicatorId, year, value),
  );
}
