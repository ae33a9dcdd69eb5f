import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  confirmSecondFactorRoute,
  resetUserSecondFactorRoute,
  startSecondFactorEnrolmentRoute,
} from '@opennrm/contracts';
import { confirmSecondFactorEnrolment, resetSecondFactor, startSecondFactorEnrolment } from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';

/** The user's own enrolment (profile, or the forced step after sign-in) and the administrator's reset. */
export function registerSecondFactorRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(startSecondFactorEnrolmentRoute, async (c) =>
    c.json(await startSecondFactorEnrolment(ctxOf(c)), 200),
  );

  app.openapi(confirmSecondFactorRoute, async (c) =>
    c.json(await confirmSecondFactorEnrolment(ctxOf(c), c.req.valid('json')), 200),
  );

  app.openapi(resetUserSecondFactorRoute, async (c) => {
    await resetSecondFactor(ctxOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
