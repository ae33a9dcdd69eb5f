import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  getIdentificationSettingsRoute,
  getIndicatorListRoute,
  listIndicatorListsRoute,
  loadIndicatorListRoute,
  recordDecisionRoute,
  recordExploitationRoute,
  recordScreeningRoute,
  sharePersonRoute,
  unsharePersonRoute,
  updateIdentificationSettingsRoute,
  verifyIndicatorListRoute,
} from '@opennrm/contracts';
import {
  getIdentificationSettings,
  getIndicatorList,
  listIndicatorLists,
  loadIndicatorList,
  recordDecision,
  recordExploitation,
  recordScreening,
  sharePerson,
  unsharePerson,
  updateIdentificationSettings,
  verifyIndicatorList,
} from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import {
  presentIndicatorList,
  presentIndicatorListSummary,
} from '../presenters/indicator-list-presenters.ts';
import { presentDecision, presentExploitation, presentScreening } from '../presenters/person-presenters.ts';

export function registerIdentificationRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(recordScreeningRoute, async (c) => {
    const body = c.req.valid('json');
    const screening = await recordScreening(ctxOf(c), c.req.valid('param').id, {
      ...body,
      screenedAt: body.screenedAt ? new Date(body.screenedAt) : undefined,
    });
    return c.json({ screening: presentScreening(screening) }, 201);
  });

  app.openapi(recordExploitationRoute, async (c) => {
    const exploitation = await recordExploitation(ctxOf(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ exploitation: presentExploitation(exploitation) }, 200);
  });

  app.openapi(recordDecisionRoute, async (c) => {
    const decision = await recordDecision(ctxOf(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ decision: presentDecision(decision) }, 201);
  });

  app.openapi(sharePersonRoute, async (c) => {
    await sharePerson(ctxOf(c), c.req.valid('param').id, c.req.valid('json'));
    return c.body(null, 204);
  });

  app.openapi(unsharePersonRoute, async (c) => {
    const { id, organisationId } = c.req.valid('param');
    await unsharePerson(ctxOf(c), id, organisationId);
    return c.body(null, 204);
  });

  app.openapi(listIndicatorListsRoute, async (c) => {
    const lists = await listIndicatorLists(ctxOf(c));
    return c.json({ lists: lists.map(presentIndicatorListSummary) }, 200);
  });

  app.openapi(getIndicatorListRoute, async (c) => {
    const list = await getIndicatorList(ctxOf(c), c.req.valid('param').key, c.req.valid('query').version);
    return c.json({ list: presentIndicatorList(list) }, 200);
  });

  app.openapi(loadIndicatorListRoute, async (c) => {
    const list = await loadIndicatorList(ctxOf(c), c.req.valid('json'));
    return c.json({ list: presentIndicatorList(list) }, 201);
  });

  app.openapi(verifyIndicatorListRoute, async (c) => {
    const { key, version } = c.req.valid('param');
    const list = await verifyIndicatorList(ctxOf(c), key, version, c.req.valid('json'));
    return c.json({ list: presentIndicatorList(list) }, 201);
  });

  app.openapi(getIdentificationSettingsRoute, async (c) =>
    c.json(await getIdentificationSettings(ctxOf(c)), 200),
  );

  app.openapi(updateIdentificationSettingsRoute, async (c) =>
    c.json(await updateIdentificationSettings(ctxOf(c), c.req.valid('json')), 200),
  );
}
