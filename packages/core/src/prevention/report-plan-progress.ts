import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { invalid, notFound } from '../support/errors.ts';
import { type EvidenceLink, type ProgressReport, progressStatuses } from './action-plan.ts';
import { checkEvidence } from './check-evidence.ts';
import { writePlanChange } from './plan-writes.ts';
import { oneOf, pastDay } from './prevention-checks.ts';

export interface ProgressInput {
  year: number;
  status: string;
  narrative?: string | undefined;
  evidence?: readonly EvidenceLink[] | undefined;
  reportedOn?: string | undefined;
}

/**
 * A body's report on an activity it answers for, for one year (a second report for the year
 * replaces the first). A plan owner reports for their own body only: the activity's responsible
 * organisation is the record the policy decides on. "done" marks the activity completed.
 */
export async function reportPlanProgress(
  ctx: Ctx,
  activityId: string,
  input: ProgressInput,
): Promise<ProgressReport> {
  const activity = await ctx.store.actionPlans.getActivity(activityId);
  if (!activity) throw notFound('The plan activity');
  authorize(ctx.actor, 'action_plan', 'update', { organisationId: activity.responsibleOrganisationId });
  const plan = await ctx.store.actionPlans.getPlan(activity.planId);
  const status = oneOf(progressStatuses, input.status, 'status');
  if (!plan || !Number.isInteger(input.year) || input.year < plan.startYear || input.year > plan.endYear)
    throw invalid('Report on a year of the plan.', { fields: { year: 'invalid' } });
  const reportedOn = await pastDay(
    ctx,
    input.reportedOn ?? ctx.clock.now().toISOString().slice(0, 10),
    'reportedOn',
  );
  const report: ProgressReport = {
    id: ctx.newId(),
    activityId,
    year: input.year,
    status,
    narrative: (input.narrative ?? '').trim().slice(0, 5000),
    evidence: await checkEvidence(ctx, input.evidence ?? []),
    organisationId: ctx.actor.organisationId,
    reportedBy: ctx.actor.userId,
    reportedOn,
    createdAt: ctx.clock.now(),
  };
  await writePlanChange(
    ctx,
    {
      action: 'plan.progress_reported',
      entityType: 'plan_activity',
      entityId: activityId,
      details: { year: input.year, status },
    },
    async (tx) => {
      await tx.actionPlans.putProgressReport(report);
      if (status === 'done' && !activity.completedOn)
        await tx.actionPlans.setActivityCompleted(activityId, reportedOn);
      if (status !== 'done' && activity.completedOn)
        await tx.actionPlans.setActivityCompleted(activityId, null);
    },
  );
  return report;
}
