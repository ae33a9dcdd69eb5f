import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { invalid } from '../support/errors.ts';
import type { ActionPlan, PlanObjective } from './action-plan.ts';
import { writePlanChange } from './plan-writes.ts';
import { pastDay, text } from './prevention-checks.ts';

export interface ActionPlanInput {
  title: string;
  startYear: number;
  endYear: number;
  adoptedOn?: string | null | undefined;
}

/** A national action plan for a span of years (the coordinator keeps it). */
export async function createActionPlan(ctx: Ctx, input: ActionPlanInput): Promise<ActionPlan> {
  authorize(ctx.actor, 'action_plan', 'create');
  if (
    !Number.isInteger(input.startYear) ||
    !Number.isInteger(input.endYear) ||
    input.endYear < input.startYear
  )
    throw invalid('The plan ends in or after the year it starts.', { fields: { endYear: 'invalid' } });
  const plan: ActionPlan = {
    id: ctx.newId(),
    title: text(input.title, 'title', 300),
    startYear: input.startYear,
    endYear: input.endYear,
    adoptedOn: input.adoptedOn ? await pastDay(ctx, input.adoptedOn, 'adoptedOn') : null,
    createdAt: ctx.clock.now(),
  };
  await writePlanChange(ctx, { action: 'plan.created', entityType: 'action_plan', entityId: plan.id }, (tx) =>
    tx.actionPlans.addPlan(plan),
  );
  return plan;
}

/** An objective of a plan ("1. Prevention"), under which its activities are listed. */
export async function addPlanObjective(
  ctx: Ctx,
  planId: string,
  input: { code: string; title: string },
): Promise<PlanObjective> {
  authorize(ctx.actor, 'action_plan', 'create');
  await loadPlan(ctx, planId);
  const objective: PlanObjective = {
    id: ctx.newId(),
    planId,
    code: text(input.code, 'code', 20),
    title: text(input.title, 'title', 300),
  };
  const existing = await ctx.store.actionPlans.listObjectives(planId);
  if (existing.some((o) => o.code === objective.code))
    throw invalid('The plan already has an objective with this number.', { fields: { code: 'duplicate' } });
  await writePlanChange(
    ctx,
    {
      action: 'plan.objective_added',
      entityType: 'action_plan',
      entityId: planId,
      details: { code: objective.code },
    },
    (tx) => tx.actionPlans.addObjective(objective),
  );
  return objective;
}

export async function loadPlan(ctx: Ctx, planId: string): Promise<ActionPlan> {
  const plan = await ctx.store.actionPlans.getPlan(planId);
  if (!plan) throw invalid('Unknown action plan.', { fields: { planId: 'unknown' } });
  return plan;
}
