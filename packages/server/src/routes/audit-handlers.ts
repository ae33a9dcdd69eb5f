import type { OpenAPIHono } from '@hono/zod-openapi';
import { exportAuditEventsRoute, listAuditEventsRoute, verifyAuditRoute } from '@opennrm/contracts';
import { exportAuditEvents, listAuditEvents, verifyAuditLog } from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import { presentAuditEvent, renderAuditCsv } from '../presenters/audit-presenters.ts';

const instant = (value: string | undefined) => (value ? new Date(value) : undefined);

export function registerAuditRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listAuditEventsRoute, async (c) => {
    const q = c.req.valid('query');
    const page = await listAuditEvents(ctxOf(c), {
      ...q,
      from: instant(q.from),
      to: instant(q.to),
      limit: q.limit ?? 100,
    });
    return c.json(
      {
        events: page.events.map((e) => presentAuditEvent(e, page.names)),
        nextBeforeSeq: page.nextBeforeSeq,
        total: page.total?.count ?? null,
        totalMore: page.total?.more ?? false,
      },
      200,
    );
  });

  app.openapi(exportAuditEventsRoute, async (c) => {
    const { locale, ...q } = c.req.valid('query');
    const ctx = ctxOf(c);
    const { events, names } = await exportAuditEvents(ctx, {
      ...q,
      from: instant(q.from),
      to: instant(q.to),
    });
    const day = ctx.clock.now().toISOString().slice(0, 10);
    return new Response(renderAuditCsv(events, names, locale ?? 'en'), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="opennrm-audit-${day}.csv"`,
        'cache-control': 'no-store',
      },
    });
  });

  app.openapi(verifyAuditRoute, async (c) => c.json(await verifyAuditLog(ctxOf(c)), 200));
}
