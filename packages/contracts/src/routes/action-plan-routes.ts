import { createRoute, z } from '@hono/zod-openapi';
import {
  ActionPlan,
  ActionPlanDetail,
  AddActivityBody,
  AddIndicatorBody,
  AddObjectiveBody,
  AddRecommendationBody,
  CreateActionPlanBody,
  IndicatorValueBody,
  PlanEvaluation,
  PlanObjective,
  ProgressReport,
  Recommendation,
  RecordEvaluationBody,
  ReportProgressBody,
  SetRecommendationStatusBody,
} from '../schemas/action-plan.ts';
import { IdParams } from '../schemas/common.ts';
import { errors, json, jsonBody } from './route-helpers.ts';

const detail = json(ActionPlanDetail, 'The plan with where each activity and indicator stands.');
const post = <B extends z.ZodType, R extends z.ZodType>(path: string, summary: string, body: B, res: R) =>
  createRoute({
    method: 'post',
    path,
    tags: ['action plan'],
    summary,
    request: { params: IdParams, body: jsonBody(body) },
    responses: { 201: json(res, 'Recorded.'), ...errors(404, 413, 415, 422) },
  });
const create = <B extends z.ZodType, R extends z.ZodType>(path: string, summary: string, body: B, res: R) =>
  createRoute({
    method: 'post',
    path,
    tags: ['action plan'],
    summary,
    request: { body: jsonBody(body) },
    responses: { 201: json(res, 'Recorded.'), ...errors(413, 415, 422) },
  });

export const listActionPlansRoute = createRoute({
  method: 'get',
  path: '/api/action-plans',
  tags: ['action plan'],
  summary: 'National action plans, newest first',
  responses: { 200: json(z.object({ plans: z.array(ActionPlan) }), 'The plans.'), ...errors() },
});
export const createActionPlanRoute = create(
  '/api/action-plans',
  'Create a national action plan (coordinator)',
  CreateActionPlanBody,
  ActionPlan,
);
export const getActionPlanRoute = createRoute({
  method: 'get',
  path: '/api/action-plans/{id}',
  tags: ['action plan'],
  summary: 'A plan: objectives, activities (late / on time / done), indicators against targets, reports',
  request: { params: IdParams },
  responses: { 200: detail, ...errors(404) },
});
export const addPlanObjectiveRoute = post(
  '/api/action-plans/{id}/objectives',
  'Add an objective',
  AddObjectiveBody,
  PlanObjective,
);
export const addPlanActivityRoute = post(
  '/api/action-plans/{id}/activities',
  'Add an activity with its responsible and partner bodies, deadline and budget',
  AddActivityBody,
  z.object({ id: z.uuid() }),
);
export const addPlanIndicatorRoute = post(
  '/api/action-plans/{id}/indicators',
  'Add an indicator, entered or computed from the statistics',
  AddIndicatorBody,
  z.object({ id: z.uuid() }),
);
export const recordIndicatorValueRoute = post(
  '/api/plan-indicators/{id}/values',
  "Enter an indicator's value for a year (entered indicators only)",
  IndicatorValueBody,
  z.object({ year: z.number().int(), value: z.number() }),
);
export const reportPlanProgressRoute = post(
  '/api/plan-activities/{id}/progress',
  "Report an activity's progress for a year (its responsible body, or the coordinator)",
  ReportProgressBody,
  ProgressReport,
);
export const recordPlanEvaluationRoute = post(
  '/api/action-plans/{id}/evaluations',
  'Record an evaluation of the plan (internal or independent)',
  RecordEvaluationBody,
  PlanEvaluation,
);
export const listRecommendationsRoute = createRoute({
  method: 'get',
  path: '/api/recommendations',
  tags: ['action plan'],
  summary: 'Recommendations with their status by year',
  responses: {
    200: json(z.object({ recommendations: z.array(Recommendation) }), 'The recommendations.'),
    ...errors(),
  },
});
export const addRecommendationRoute = create(
  '/api/recommendations',
  'Add a recommendation (coordinator)',
  AddRecommendationBody,
  Recommendation,
);
export const setRecommendationStatusRoute = post(
  '/api/recommendations/{id}/status',
  "Set a recommendation's status, actions and evidence for a year",
  SetRecommendationStatusBody,
  Recommendation,
);
