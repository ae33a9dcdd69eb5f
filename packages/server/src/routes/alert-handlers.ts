import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  acknowledgeAlertRoute,
  closeAlertRoute,
  getAlertRoute,
  linkAlertPersonRoute,
  listAlertMessagesRoute,
  listAlertsRoute,
  postAlertMessageRoute,
  sendAlertRoute,
} from '@opennrm/contracts';
import {
  changeAlertStatus,
  describeAlert,
  describeAlerts,
  linkAlertPerson,
  listAlertMessages,
  listAlerts,
  loadAlertFor,
  postAlertMessage,
  sendAlert,
} from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import { presentAlert, presentAlertDetail } from '../presenters/alert-presenters.ts';
import { decodeCursor, encodeCursor, instantPart, uuidPart } from '../presenters/page-cursor.ts';

const iso = <T extends { createdAt: Date }>(m: T) => ({ ...m, createdAt: m.createdAt.toISOString() });

export function registerAlertRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listAlertsRoute, async (c) => {
    const ctx = ctxOf(c);
    const { cursor, limit, awaiting } = c.req.valid('query');
    const after = cursor
      ? (([createdAt, id]) => ({ createdAt: new Date(createdAt), id }))(
          decodeCursor<[string, string]>(cursor, [instantPart, uuidPart]),
        )
      : undefined;
    // The first page counts (capped); the next ones keep that figure instead of recounting.
    const page = await listAlerts(ctx, {
      after,
      limit: limit ?? 50,
      awaiting: awaiting === 'true',
      withTotal: !after,
    });
    const next = page.next;
    return c.json(
      {
        alerts: describeAlerts(ctx, page.alerts).map(presentAlert),
        nextCursor: next ? encodeCursor([next.createdAt.toISOString(), next.id]) : null,
        total: page.total?.count ?? null,
        totalMore: page.total?.more ?? false,
      },
      200,
    );
  });
  app.openapi(sendAlertRoute, async (c) => {
    const ctx = ctxOf(c);
    return c.json(presentAlertDetail(describeAlert(ctx, await sendAlert(ctx, c.req.valid('json')))), 201);
  });
  app.openapi(getAlertRoute, async (c) => {
    const ctx = ctxOf(c);
    return c.json(
      presentAlertDetail(describeAlert(ctx, await loadAlertFor(ctx, c.req.valid('param').id))),
      200,
    );
  });
  app.openapi(acknowledgeAlertRoute, async (c) => {
    const ctx = ctxOf(c);
    return c.json(
      presentAlertDetail(
        describeAlert(ctx, await changeAlertStatus(ctx, c.req.valid('param').id, 'acknowledged')),
      ),
      200,
    );
  });
  app.openapi(closeAlertRoute, async (c) => {
    const ctx = ctxOf(c);
    return c.json(
      presentAlertDetail(describeAlert(ctx, await changeAlertStatus(ctx, c.req.valid('param').id, 'closed'))),
      200,
    );
  });
  app.openapi(linkAlertPersonRoute, async (c) => {
    const ctx = ctxOf(c);
    return c.json(
      presentAlertDetail(
        describeAlert(ctx, await linkAlertPerson(ctx, c.req.valid('param').id, c.req.valid('json').personId)),
      ),
      200,
    );
  });
  app.openapi(listAlertMessagesRoute, async (c) =>
    c.json({ messages: (await listAlertMessages(ctxOf(c), c.req.valid('param').id)).map(iso) }, 200),
  );
  app.openapi(postAlertMessageRoute, async (c) =>
    c.json(
      { message: iso(await postAlertMessage(ctxOf(c), c.req.valid('param').id, c.req.valid('json').body)) },
      201,
    ),
  );
}
