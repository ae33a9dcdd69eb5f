import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  correctAwarenessRoute,
  correctHotlineContactRoute,
  getHotlineContactRoute,
  listAwarenessRoute,
  listHotlineContactsRoute,
  listOversightRoute,
  listPreventionPlacesRoute,
  listTrainingsRoute,
  recordAwarenessRoute,
  recordHotlineContactRoute,
  recordOversightRoute,
  recordTrainingRoute,
  setPreventionPlacesRoute,
} from '@opennrm/contracts';
import {
  correctAwarenessActivity,
  correctHotlineContact,
  getHotlineContact,
  listAwarenessActivities,
  listHotlineContacts,
  listOfficialTrainings,
  listOversightActivities,
  listPreventionPlaces,
  recordAwarenessActivity,
  recordHotlineContact,
  recordOfficialTraining,
  recordOversightActivity,
  setPreventionPlaces,
} from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import {
  presentAwareness,
  presentHotlineContact,
  presentHotlineContactDetail,
  presentOversight,
  presentTraining,
} from '../presenters/prevention-presenters.ts';

export function registerPreventionRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listPreventionPlacesRoute, async (c) =>
    c.json({ places: [...(await listPreventionPlaces(ctxOf(c)))] }, 200),
  );
  app.openapi(setPreventionPlacesRoute, async (c) =>
    c.json({ places: await setPreventionPlaces(ctxOf(c), c.req.valid('json').places) }, 200),
  );
  app.openapi(listAwarenessRoute, async (c) =>
    c.json(
      { activities: (await listAwarenessActivities(ctxOf(c), c.req.valid('query'))).map(presentAwareness) },
      200,
    ),
  );
  app.openapi(recordAwarenessRoute, async (c) =>
    c.json(presentAwareness(await recordAwarenessActivity(ctxOf(c), c.req.valid('json'))), 201),
  );
  app.openapi(correctAwarenessRoute, async (c) =>
    c.json(
      presentAwareness(
        await correctAwarenessActivity(ctxOf(c), c.req.valid('param').id, c.req.valid('json')),
      ),
      200,
    ),
  );
  app.openapi(listTrainingsRoute, async (c) =>
    c.json(
      { trainings: (await listOfficialTrainings(ctxOf(c), c.req.valid('query'))).map(presentTraining) },
      200,
    ),
  );
  app.openapi(recordTrainingRoute, async (c) =>
    c.json(presentTraining(await recordOfficialTraining(ctxOf(c), c.req.valid('json'))), 201),
  );
  app.openapi(listOversightRoute, async (c) =>
    c.json(
      { activities: (await listOversightActivities(ctxOf(c), c.req.valid('query'))).map(presentOversight) },
      200,
    ),
  );
  app.openapi(recordOversightRoute, async (c) =>
    c.json(presentOversight(await recordOversightActivity(ctxOf(c), c.req.valid('json'))), 201),
  );
  app.openapi(listHotlineContactsRoute, async (c) =>
    c.json(
      { contacts: (await listHotlineContacts(ctxOf(c), c.req.valid('query'))).map(presentHotlineContact) },
      200,
    ),
  );
  app.openapi(recordHotlineContactRoute, async (c) => {
    const ctx = ctxOf(c);
    const body = c.req.valid('json');
    const contact = await recordHotlineContact(ctx, body);
    // The operator sees back what they just typed; nothing is unsealed (or audited as a reveal).
    const view = {
      contact,
      callerGiven: contact.callerIdentitySealed !== null,
      callerIdentity: body.callerIdentity?.trim() || null,
      notes: body.notes?.trim() || null,
    };
    return c.json(presentHotlineContactDetail(view), 201);
  });
  app.openapi(correctHotlineContactRoute, async (c) => {
    const contact = await correctHotlineContact(ctxOf(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(
      presentHotlineContact({ contact, callerGiven: contact.callerIdentitySealed !== null }),
      200,
    );
  });
  app.openapi(getHotlineContactRoute, async (c) =>
    c.json(presentHotlineContactDetail(await getHotlineContact(ctxOf(c), c.req.valid('param').id)), 200),
  );
}
