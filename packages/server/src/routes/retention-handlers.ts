import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  erasePersonRoute,
  exportSubjectDataRoute,
  getRetentionSettingsRoute,
  listLegalHoldsRoute,
  planRetentionRoute,
  releaseLegalHoldRoute,
  setLegalHoldRoute,
  updateRetentionSettingsRoute,
} from '@opennrm/contracts';
import {
  erasePerson,
  exportSubjectData,
  getRetentionSettings,
  listLegalHolds,
  planRetention,
  releaseLegalHold,
  setLegalHold,
  updateRetentionSettings,
} from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';

/** Retention rules, dry run and holds (administrator); erasure and subject access (the officer). */
export function registerRetentionRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(getRetentionSettingsRoute, async (c) => c.json(await getRetentionSettings(ctxOf(c)), 200));

  app.openapi(updateRetentionSettingsRoute, async (c) =>
    c.json(await updateRetentionSettings(ctxOf(c), c.req.valid('json')), 200),
  );

  app.openapi(planRetentionRoute, async (c) => c.json(await planRetention(ctxOf(c)), 200));

  app.openapi(listLegalHoldsRoute, async (c) => {
    const holds = await listLegalHolds(ctxOf(c));
    return c.json(
      {
        holds: holds.map((h) => ({
          code: h.code,
          reason: h.reason,
          setBy: h.setBy,
          setAt: h.setAt.toISOString(),
        })),
      },
      200,
    );
  });

  app.openapi(setLegalHoldRoute, async (c) => {
    await setLegalHold(ctxOf(c), c.req.valid('param').code, c.req.valid('json').reason);
    return c.body(null, 204);
  });

  app.openapi(releaseLegalHoldRoute, async (c) => {
    await releaseLegalHold(ctxOf(c), c.req.valid('param').code);
    return c.body(null, 204);
  });

  app.openapi(erasePersonRoute, async (c) => {
    const { code, ...input } = c.req.valid('json');
    const { erasedAt } = await erasePerson(ctxOf(c), code, input);
    return c.json({ erasedAt }, 200);
  });

  app.openapi(exportSubjectDataRoute, async (c) => {
    const { code, requestReference } = c.req.valid('json');
    const data = await exportSubjectData(ctxOf(c), code, { requestReference });
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="subject-access-${code}.json"`,
        'cache-control': 'no-store',
      },
    }) as never;
  });
}
