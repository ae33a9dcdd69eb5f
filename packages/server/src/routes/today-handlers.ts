import type { OpenAPIHono } from '@hono/zod-openapi';
import { getTodayRoute } from '@opennrm/contracts';
import { getToday } from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';

export function registerTodayRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(getTodayRoute, async (c) => c.json(await getToday(ctxOf(c)), 200));
}
