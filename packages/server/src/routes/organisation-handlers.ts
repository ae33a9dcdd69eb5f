import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  createOrganisationRoute,
  getOrganisationRoute,
  listOrganisationsRoute,
  revealOrganisationAddressRoute,
  updateOrganisationRoute,
} from '@opennrm/contracts';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  revealOrganisationAddress,
  updateOrganisation,
} from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import { presentOrganisation } from '../presenters/presenters.ts';

export function registerOrganisationRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listOrganisationsRoute, async (c) => {
    const organisations = await listOrganisations(ctxOf(c));
    return c.json({ organisations: organisations.map(presentOrganisation) }, 200);
  });

  app.openapi(createOrganisationRoute, async (c) => {
    const organisation = await createOrganisation(ctxOf(c), c.req.valid('json'));
    return c.json({ organisation: presentOrganisation(organisation) }, 201);
  });

  app.openapi(getOrganisationRoute, async (c) => {
    const organisation = await getOrganisation(ctxOf(c), c.req.valid('param').id);
    return c.json({ organisation: presentOrganisation(organisation) }, 200);
  });

  app.openapi(updateOrganisationRoute, async (c) => {
    const organisation = await updateOrganisation(ctxOf(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ organisation: presentOrganisation(organisation) }, 200);
  });

  app.openapi(revealOrganisationAddressRoute, async (c) => {
    const address = await revealOrganisationAddress(ctxOf(c), c.req.valid('param').id);
    c.header('Cache-Control', 'no-store');
    return c.json({ address }, 200);
  });
}
