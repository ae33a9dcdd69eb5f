import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { evaluationKinds, type PlanEvaluation } from './action-plan.ts';
import { loadPlan } from './create-action-plan.ts';
import { writePlanChange } from './plan-writes.ts';
import { oneOf, pastDay, text } from './prevention-checks.ts';

/** An evaluation of the plan: internal, or independent (GRETA's recommendation), with findings. */
export async function recordPlanEvaluation(
  ctx: Ctx,
  planId: string,
  input: { kind: string; evaluator: string; completedOn: string; findings: string },
): Promise<PlanEvaluation> {
  authorize(ctx.actor, 'action_plan', 'create');
  await loadPlan(ctx, planId);
  const evaluation: PlanEvaluation = {
    id: ctx.newId(),
    planId,
    kind: oneOf(evaluationKinds, input.kind, 'kind'),
    evaluator: text(input.evaluator, 'evaluator', 300),
    completedOn: await pastDay(ctx, input.completedOn, 'completedOn'),
    findings: text(input.findings, 'findings', 10_000),
    createdAt: ctx.clock.now(),
  };
  await writePlanChange(
    ctx,
    {
      action: 'plan.evaluated',
      entityType: 'action_plan',
      entityId: planId,
      details: { kind: evaluation.kind },
    },
    (tx) => tx.actionPlans.addEvaluation(evaluation),
  );
  return evaluation;
}
