import type { OpenAPIHono } from '@hono/zod-openapi';
import { listAuditEventsRoute, verifyAuditRoute } from '@opennrm/contracts';
import { listAuditEvents, verifyAuditLog } from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import { presentAuditEvent } from '../presenters/presenters.ts';

export function registerAuditRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listAuditEventsRoute, async (c) => {
    const q = c.req.valid('query');
    const page = await listAuditEvents(ctxOf(c), {
      ...q,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      limit: q.limit ?? 100,
    });
    return c.json(
      {
        events: page.events.map(presentAuditEvent),
        nextBeforeSeq: page.nextBeforeSeq,
        total: page.total?.count ?? null,
        totalMore: page.total?.more ?? false,
      },
      200,
    );
  });

  app.openapi(verifyAuditRoute, async (c) => c.json(await verifyAuditLog(ctxOf(c)), 200));
}
