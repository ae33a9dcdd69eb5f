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
  type Alert,
  type Ctx,
  changeAlertStatus,
  linkAlertPerson,
  listAlertMessages,
  listAlerts,
  loadAlertFor,
  postAlertMessage,
  readAlertDetails,
  sendAlert,
} from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';

function presentAlert(a: Alert) {
  return {
    id: a.id,
    fromOrganisationId: a.fromOrganisationId,
    toOrganisationId: a.toOrganisationId,
    subject: a.subject,
    title: a.title,
    status: a.status,
    personIds: a.personIds,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

async function detail(ctx: Ctx, a: Alert) {
  return { alert: { ...presentAlert(a), details: await readAlertDetails(ctx, a) } };
}

const iso = <T extends { createdAt: Date }>(m: T) => ({ ...m, createdAt: m.createdAt.toISOString() });

export function registerAlertRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listAlertsRoute, async (c) =>
    c.json({ alerts: (await listAlerts(ctxOf(c))).map(presentAlert) }, 200),
  );
  app.openapi(sendAlertRoute, async (c) => {
    const ctx = ctxOf(c);
    return c.json(await detail(ctx, await sendAlert(ctx, c.req.valid('json'))), 201);
  });
  app.openapi(getAlertRoute, async (c) => {
    const ctx = ctxOf(c);
    return c.json(await detail(ctx, await loadAlertFor(ctx, c.req.valid('param').id)), 200);
  });
  app.openapi(acknowledgeAlertRoute, async (c) => {
    const ctx = ctxOf(c);
    return c.json(
      await detail(ctx, await changeAlertStatus(ctx, c.req.valid('param').id, 'acknowledged')),
      200,
    );
  });
  app.openapi(closeAlertRoute, async (c) => {
    const ctx = ctxOf(c);
    return c.json(await detail(ctx, await changeAlertStatus(ctx, c.req.valid('param').id, 'closed')), 200);
  });
  app.openapi(linkAlertPersonRoute, async (c) => {
    const ctx = ctxOf(c);
    return c.json(
      await detail(ctx, await linkAlertPerson(ctx, c.req.valid('param').id, c.req.valid('json').personId)),
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
