import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  addPlanActivityRoute,
  addPlanIndicatorRoute,
  addPlanObjectiveRoute,
  addRecommendationRoute,
  createActionPlanRoute,
  getActionPlanRoute,
  listActionPlansRoute,
  listRecommendationsRoute,
  recordIndicatorValueRoute,
  recordPlanEvaluationRoute,
  reportPlanProgressRoute,
  setRecommendationStatusRoute,
} from '@opennrm/contracts';
import {
  addPlanActivity,
  addPlanIndicator,
  addPlanObjective,
  addRecommendation,
  createActionPlan,
  getActionPlan,
  listActionPlans,
  listRecommendations,
  type RecommendationView,
  recordIndicatorValue,
  recordPlanEvaluation,
  reportPlanProgress,
  setRecommendationStatus,
} from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import {
  presentActionPlan,
  presentProgressReport,
  presentRecommendation,
} from '../presenters/prevention-presenters.ts';

const iso = <T extends { createdAt: Date }>(x: T) => ({ ...x, createdAt: x.createdAt.toISOString() });

export function registerActionPlanRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listActionPlansRoute, async (c) =>
    c.json({ plans: (await listActionPlans(ctxOf(c))).map(iso) }, 200),
  );
  app.openapi(createActionPlanRoute, async (c) =>
    c.json(iso(await createActionPlan(ctxOf(c), c.req.valid('json'))), 201),
  );
  app.openapi(getActionPlanRoute, async (c) =>
    c.json(presentActionPlan(await getActionPlan(ctxOf(c), c.req.valid('param').id)), 200),
  );
  app.openapi(addPlanObjectiveRoute, async (c) =>
    c.json(await addPlanObjective(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(addPlanActivityRoute, async (c) => {
    const activity = await addPlanActivity(ctxOf(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ id: activity.id }, 201);
  });
  app.openapi(addPlanIndicatorRoute, async (c) => {
    const indicator = await addPlanIndicator(ctxOf(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ id: indicator.id }, 201);
  });
  app.openapi(recordIndicatorValueRoute, async (c) => {
    const { year, value } = c.req.valid('json');
    await recordIndicatorValue(ctxOf(c), c.req.valid('param').id, year, value);
    return c.json({ year, value }, 201);
  });
  app.openapi(reportPlanProgressRoute, async (c) =>
    c.json(
      presentProgressReport(await reportPlanProgress(ctxOf(c), c.req.valid('param').id, c.req.valid('json'))),
      201,
    ),
  );
  app.openapi(recordPlanEvaluationRoute, async (c) =>
    c.json(iso(await recordPlanEvaluation(ctxOf(c), c.req.valid('param').id, c.req.valid('json'))), 201),
  );
  app.openapi(listRecommendationsRoute, async (c) =>
    c.json({ recommendations: (await listRecommendations(ctxOf(c))).map(presentRecommendation) }, 200),
  );
  app.openapi(addRecommendationRoute, async (c) => {
    const ctx = ctxOf(c);
    const added = await addRecommendation(ctx, c.req.valid('json'));
    return c.json(presentRecommendation(await viewOf(ctx, added.id)), 201);
  });
  app.openapi(setRecommendationStatusRoute, async (c) => {
    const ctx = ctxOf(c);
    const id = c.req.valid('param').id;
    await setRecommendationStatus(ctx, id, c.req.valid('json'));
    return c.json(presentRecommendation(await viewOf(ctx, id)), 201);
  });
}

async function viewOf(ctx: ReturnType<typeof ctxOf>, id: string): Promise<RecommendationView> {
  const view = (await listRecommendations(ctx)).find((r) => r.id === id);
  if (!view) throw new Error('The recommendation just written is missing.');
  return view;
}
