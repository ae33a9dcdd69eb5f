import type {
  ActionPlan,
  ActionPlanStore,
  PlanActivity,
  PlanIndicator,
  ProgressReport,
  Recommendation,
  RecommendationYear,
} from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

const num = (v: string | number | null): number | null => (v === null ? null : Number(v));

/** The national action plan and recommendations (migration 0016). */
export function createActionPlanStore(db: Kysely<Database>): ActionPlanStore {
  return {
    async addPlan(p) {
      await db
        .insertInto('action_plans')
        .values({
          id: p.id,
          title: p.title,
          start_year: p.startYear,
          end_year: p.endYear,
          adopted_on: p.adoptedOn,
          created_at: p.createdAt,
        })
        .execute();
    },
    async listPlans() {
      const rows = await db.selectFrom('action_plans').selectAll().orderBy('start_year', 'desc').execute();
      return rows.map(toPlan);
    },
    async getPlan(id) {
      const row = await db.selectFrom('action_plans').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toPlan(row);
    },
    async addObjective(o) {
      await db
        .insertInto('plan_objectives')
        .values({ id: o.id, plan_id: o.planId, code: o.code, title: o.title })
        .execute();
    },
    async listObjectives(planId) {
      const rows = await db
        .selectFrom('plan_objectives')
        .selectAll()
        .where('plan_id', '=', planId)
        .orderBy('code')
        .execute();
      return rows.map((r) => ({ id: r.id, planId: r.plan_id, code: r.code, title: r.title }));
    },
    async addActivity(a) {
      await db
        .insertInto('plan_activities')
        .values({
          id: a.id,
          plan_id: a.planId,
          objective_id: a.objectiveId,
          code: a.code,
          title: a.title,
          responsible_organisation_id: a.responsibleOrganisationId,
          partner_organisation_ids: a.partnerOrganisationIds,
          deadline: a.deadline,
          budget_amount: a.budgetAmount,
          budget_currency: a.budgetCurrency,
          completed_on: a.completedOn,
          training_body_types: a.trainingBodyTypes,
        })
        .execute();
    },
    async getActivity(id) {
      const row = await db.selectFrom('plan_activities').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toActivity(row);
    },
    async listActivities(planId) {
      const rows = await db
        .selectFrom('plan_activities')
        .selectAll()
        .where('plan_id', '=', planId)
        .orderBy('code')
        .execute();
      return rows.map(toActivity);
    },
    async setActivityCompleted(id, completedOn) {
      await db
        .updateTable('plan_activities')
        .set({ completed_on: completedOn })
        .where('id', '=', id)
        .execute();
    },
    async addIndicator(i) {
      await db
        .insertInto('plan_indicators')
        .values({
          id: i.id,
          plan_id: i.planId,
          activity_id: i.activityId,
          name: i.name,
          unit: i.unit,
          source: JSON.stringify(i.source),
          baseline: i.baseline,
          baseline_year: i.baselineYear,
          direction: i.direction,
          targets: JSON.stringify(i.targets),
          values: JSON.stringify(i.values),
        })
        .execute();
    },
    async getIndicator(id) {
      const row = await db.selectFrom('plan_indicators').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toIndicator(row);
    },
    async listIndicators(planId) {
      const rows = await db
        .selectFrom('plan_indicators')
        .selectAll()
        .where('plan_id', '=', planId)
        .orderBy('name')
        .execute();
      return rows.map(toIndicator);
    },
    async setIndicatorValue(id, year, value) {
      // One key per year, set in place: two reports for different years never overwrite each other.
      await db
        .updateTable('plan_indicators')
        .set({ values: sql`"values" || jsonb_build_object(${String(year)}::text, ${value}::numeric)` })
        .where('id', '=', id)
        .execute();
    },
    async putProgressReport(r) {
      const row = {
        id: r.id,
        activity_id: r.activityId,
        year: r.year,
        status: r.status,
        narrative: r.narrative,
        evidence: JSON.stringify(r.evidence),
        organisation_id: r.organisationId,
        reported_by: r.reportedBy,
        reported_on: r.reportedOn,
        created_at: r.createdAt,
      };
      const { id: _, activity_id: __, year: ___, ...changes } = row;
      await db
        .insertInto('plan_progress_reports')
        .values(row)
        .onConflict((oc) => oc.columns(['activity_id', 'year']).doUpdateSet(changes))
        .execute();
    },
    async listProgressReports(planId) {
      const rows = await db
        .selectFrom('plan_progress_reports as r')
        .innerJoin('plan_activities as a', 'a.id', 'r.activity_id')
        .selectAll('r')
        .where('a.plan_id', '=', planId)
        .orderBy('r.year')
        .execute();
      return rows.map(
        (r): ProgressReport => ({
          id: r.id,
          activityId: r.activity_id,
          year: r.year,
          status: r.status as ProgressReport['status'],
          narrative: r.narrative,
          evidence: r.evidence,
          organisationId: r.organisation_id,
          reportedBy: r.reported_by,
          reportedOn: r.reported_on,
          createdAt: r.created_at,
        }),
      );
    },
    async addEvaluation(e) {
      await db
        .insertInto('plan_evaluations')
        .values({
          id: e.id,
          plan_id: e.planId,
          kind: e.kind,
          evaluator: e.evaluator,
          completed_on: e.completedOn,
          findings: e.findings,
          created_at: e.createdAt,
        })
        .execute();
    },
    async listEvaluations(planId) {
      const rows = await db
        .selectFrom('plan_evaluations')
        .selectAll()
        .where('plan_id', '=', planId)
        .orderBy('completed_on')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        planId: r.plan_id,
        kind: r.kind as 'internal' | 'independent',
        evaluator: r.evaluator,
        completedOn: r.completed_on,
        findings: r.findings,
        createdAt: r.created_at,
      }));
    },
    async addRecommendation(r) {
      await db
        .insertInto('recommendations')
        .values({
          id: r.id,
          source: r.source,
          source_year: r.sourceYear,
          source_reference: r.sourceReference,
          number: r.number,
          text: r.text,
          responsible_organisation_ids: r.responsibleOrganisationIds,
          created_at: r.createdAt,
        })
        .execute();
    },
    async getRecommendation(id) {
      const row = await db.selectFrom('recommendations').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toRecommendation(row);
    },
    async listRecommendations() {
      const rows = await db
        .selectFrom('recommendations')
        .selectAll()
        .orderBy('source_year', 'desc')
        .orderBy('source_reference')
        .orderBy('number')
        .execute();
      return rows.map(toRecommendation);
    },
    async putRecommendationYear(y) {
      const row = {
        recommendation_id: y.recommendationId,
        year: y.year,
        status: y.status,
        actions: y.actions,
        evidence: JSON.stringify(y.evidence),
        updated_by: y.updatedBy,
        updated_at: y.updatedAt,
      };
      const { recommendation_id: _, year: __, ...changes } = row;
      await db
        .insertInto('recommendation_years')
        .values(row)
        .onConflict((oc) => oc.columns(['recommendation_id', 'year']).doUpdateSet(changes))
        .execute();
    },
    async listRecommendationYears() {
      const rows = await db.selectFrom('recommendation_years').selectAll().orderBy('year').execute();
      return rows.map(
        (r): RecommendationYear => ({
          recommendationId: r.recommendation_id,
          year: r.year,
          status: r.status as RecommendationYear['status'],
          actions: r.actions,
          evidence: r.evidence,
          updatedBy: r.updated_by,
          updatedAt: r.updated_at,
        }),
      );
    },
  };
}

function toPlan(r: Database['action_plans']): ActionPlan {
  return {
    id: r.id,
    title: r.title,
    startYear: r.start_year,
    endYear: r.end_year,
    adoptedOn: r.adopted_on,
    createdAt: r.created_at,
  };
}

type ActivityRow = {
  [K in keyof Database['plan_activities']]: K extends 'budget_amount'
    ? string | null
    : Database['plan_activities'][K];
};
function toActivity(r: ActivityRow): PlanActivity {
  return {
    id: r.id,
    planId: r.plan_id,
    objectiveId: r.objective_id,
    code: r.code,
    title: r.title,
    responsibleOrganisationId: r.responsible_organisation_id,
    partnerOrganisationIds: r.partner_organisation_ids,
    deadline: r.deadline,
    budgetAmount: num(r.budget_amount),
    budgetCurrency: r.budget_currency,
    completedOn: r.completed_on,
    trainingBodyTypes: r.training_body_types as PlanActivity['trainingBodyTypes'],
  };
}

interface IndicatorRow {
  id: string;
  plan_id: string;
  activity_id: string | null;
  name: string;
  unit: string;
  source: PlanIndicator['source'];
  baseline: string | null;
  baseline_year: number | null;
  direction: string;
  targets: Record<string, number>;
  values: Record<string, number>;
}
function toIndicator(r: IndicatorRow): PlanIndicator {
  return {
    id: r.id,
    planId: r.plan_id,
    activityId: r.activity_id,
    name: r.name,
    unit: r.unit,
    source: r.source,
    baseline: num(r.baseline),
    baselineYear: r.baseline_year,
    direction: r.direction as PlanIndicator['direction'],
    targets: r.targets,
    // jsonb numerics may come back as numbers or strings depending on the driver.
    values: Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, Number(v)])),
  };
}

function toRecommendation(r: Database['recommendations']): Recommendation {
  return {
    id: r.id,
    source: r.source as Recommendation['source'],
    sourceYear: r.source_year,
    sourceReference: r.source_reference,
    number: r.number,
    text: r.text,
    responsibleOrganisationIds: r.responsible_organisation_ids,
    createdAt: r.created_at,
  };
}
