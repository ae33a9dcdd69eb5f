import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { isCalendarDate } from '../support/calendar-date.ts';
import { invalid } from '../support/errors.ts';
import type { PlanActivity } from './action-plan.ts';
import { loadPlan } from './create-action-plan.ts';
import { writePlanChange } from './plan-writes.ts';
import { text } from './prevention-checks.ts';
import { type TrainedBodyType, trainedBodyTypes } from './prevention-vocabulary.ts';

export interface PlanActivityInput {
  objectiveId: string;
  code: string;
  title: string;
  responsibleOrganisationId: string;
  partnerOrganisationIds?: readonly string[] | undefined;
  deadline: string;
  budgetAmount?: number | null | undefined;
  budgetCurrency?: string | null | undefined;
  trainingBodyTypes?: readonly TrainedBodyType[] | undefined;
}

/** An activity of the plan: who answers for it, with whom, by when, with what money. */
export async function addPlanActivity(
  ctx: Ctx,
  planId: string,
  input: PlanActivityInput,
): Promise<PlanActivity> {
  authorize(ctx.actor, 'action_plan', 'create');
  await loadPlan(ctx, planId);
  const objectives = await ctx.store.actionPlans.listObjectives(planId);
  if (!objectives.some((o) => o.id === input.objectiveId))
    throw invalid('Choose an objective of this plan.', { fields: { objectiveId: 'unknown' } });
  if (!isCalendarDate(input.deadline))
    throw invalid('The deadline must be a real date (YYYY-MM-DD).', { fields: { deadline: 'invalid' } });
  const partners = [...new Set(input.partnerOrganisationIds ?? [])];
  for (const id of [input.responsibleOrganisationId, ...partners]) {
    if (!(await ctx.store.organisations.get(id)))
      throw invalid('Choose organisations of the directory.', {
        fields: { responsibleOrganisationId: 'unknown' },
      });
  }
  if (input.budgetAmount !== undefined && input.budgetAmount !== null && !(input.budgetAmount >= 0))
    throw invalid('A budget is 0 or more.', { fields: { budgetAmount: 'invalid' } });
  const trainingBodies = [...new Set(input.trainingBodyTypes ?? [])];
  if (trainingBodies.some((b) => !trainedBodyTypes.includes(b)))
    throw invalid('Choose body types of the list.', { fields: { trainingBodyTypes: 'invalid' } });
  const existing = await ctx.store.actionPlans.listActivities(planId);
  const code = text(input.code, 'code', 20);
  if (existing.some((a) => a.code === code))
    throw invalid('The plan already has an activity with this number.', { fields: { code: 'duplicate' } });
  const activity: PlanActivity = {
    id: ctx.newId(),
    planId,
    objectiveId: input.objectiveId,
    code,
    title: text(input.title, 'title', 500),
    responsibleOrganisationId: input.responsibleOrganisationId,
    partnerOrganisationIds: partners.filter((p) => p !== input.responsibleOrganisationId),
    deadline: input.deadline,
    budgetAmount: input.budgetAmount ?? null,
    budgetCurrency: input.budgetAmount == null ? null : input.budgetCurrency?.trim().toUpperCase() || 'AZN',
    completedOn: null,
    trainingBodyTypes: trainingBodies,
  };
  await writePlanChange(
    ctx,
    {
      action: 'plan.activity_added',
      entityType: 'plan_activity',
      entityId: activity.id,
      details: { planId, code },
    },
    (tx) => tx.actionPlans.addActivity(activity),
  );
  return activity;
}
