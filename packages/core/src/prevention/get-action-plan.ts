import type { Ctx } from '../context.ts';
import { authorize, can } from '../policy/authorize.ts';
import { readStatisticsSettings } from '../statistics/statistics-settings.ts';
import { localDateOf } from '../statistics/zoned-day.ts';
import { notFound } from '../support/errors.ts';
import type {
  ActionPlan,
  PlanActivity,
  PlanEvaluation,
  PlanIndicator,
  PlanObjective,
  ProgressReport,
} from './action-plan.ts';
import { computeIndicatorValues } from './compute-indicator-values.ts';

/** Where an activity stands today: done, late (deadline passed, not done) or on time. */
export type ActivityStanding = 'done' | 'late' | 'on_time';
/** An indicator against its target for a year (no target or no value yet: unknown). */
export type TargetStanding = 'on_target' | 'off_target' | 'unknown';

export interface PlanActivityView extends PlanActivity {
  standing: ActivityStanding;
  /** Whether the actor may report on it (their body answers for it, or they coordinate). */
  mayReport: boolean;
}

export interface PlanIndicatorView extends PlanIndicator {
  /** Per year of the plan: the entered value, or the computed one (null: none, or not for this reader). */
  yearValues: Record<string, number | null>;
  standing: Record<string, TargetStanding>;
}

export interface ActionPlanView {
  plan: ActionPlan;
  today: string;
  objectives: PlanObjective[];
  activities: PlanActivityView[];
  indicators: PlanIndicatorView[];
  reports: ProgressReport[];
  evaluations: PlanEvaluation[];
  /** The coordinator's view: what needs chasing. */
  overview: {
    late: string[];
    offTarget: { indicatorId: string; year: number }[];
    /** Bodies answering for activities that have no report for the year before today's (or this one). */
    notReported: { organisationId: string; year: number; activityIds: string[] }[];
  };
}

/** The whole plan with where each activity and indicator stands, for anyone who may read it. */
export async function getActionPlan(ctx: Ctx, planId: string): Promise<ActionPlanView> {
  authorize(ctx.actor, 'action_plan', 'read');
  const plan = await ctx.store.actionPlans.getPlan(planId);
  if (!plan) throw notFound('The action plan');
  const store = ctx.store.actionPlans;
  const [objectives, activities, indicators, reports, evaluations] = await Promise.all([
    store.listObjectives(planId),
    store.listActivities(planId),
    store.listIndicators(planId),
    store.listProgressReports(planId),
    store.listEvaluations(planId),
  ]);
  const { timeZone } = await readStatisticsSettings(ctx.store);
  const today = localDateOf(ctx.clock.now(), timeZone);
  const thisYear = Number(today.slice(0, 4));
  const years: number[] = [];
  for (let y = plan.startYear; y <= Math.min(plan.endYear, thisYear); y++) years.push(y);
  const activityViews = activities.map(
    (a): PlanActivityView => ({
      ...a,
      standing: a.completedOn ? 'done' : a.deadline < today ? 'late' : 'on_time',
      mayReport: can(ctx.actor, 'action_plan', 'update', { organisationId: a.responsibleOrganisationId }),
    }),
  );
  const computed = await computeIndicatorValues(ctx, indicators, years);
  const indicatorViews = indicators.map((i): PlanIndicatorView => {
    const yearValues: Record<string, number | null> = {};
    const standing: Record<string, TargetStanding> = {};
    for (const y of years) {
      const value = i.source.kind === 'computed' ? (computed.get(i.id)?.[y] ?? null) : (i.values[y] ?? null);
      yearValues[y] = value;
      const target = i.targets[y];
      standing[y] =
        value === null || target === undefined
          ? 'unknown'
          : (i.direction === 'at_most' ? value <= target : value >= target)
            ? 'on_target'
            : 'off_target';
    }
    return { ...i, yearValues, standing };
  });
  // A body is chased for the last complete year of the plan (or the current one when none is).
  const dueYear = Math.max(plan.startYear, Math.min(plan.endYear, thisYear - 1));
  const missing = new Map<string, string[]>();
  for (const a of activities) {
    if (reports.some((r) => r.activityId === a.id && r.year === dueYear)) continue;
    missing.set(a.responsibleOrganisationId, [...(missing.get(a.responsibleOrganisationId) ?? []), a.id]);
  }
  return {
    plan,
    today,
    objectives,
    activities: activityViews,
    indicators: indicatorViews,
    reports,
    evaluations,
    overview: {
      late: activityViews.filter((a) => a.standing === 'late').map((a) => a.id),
      offTarget: indicatorViews.flatMap((i) =>
        years.filter((y) => i.standing[y] === 'off_target').map((year) => ({ indicatorId: i.id, year })),
      ),
      notReported: [...missing].map(([organisationId, activityIds]) => ({
        organisationId,
        year: dueYear,
        activityIds,
      })),
    },
  };
}

/** The plans, newest first. */
export async function listActionPlans(ctx: Ctx): Promise<ActionPlan[]> {
  authorize(ctx.actor, 'action_plan', 'read');
  return ctx.store.actionPlans.listPlans();
}
