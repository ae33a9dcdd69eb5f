import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  changePasswordRoute,
  createTokenRoute,
  getMeRoute,
  listTokensRoute,
  revokeTokenRoute,
  updateMeRoute,
} from '@opennrm/contracts';
import {
  changeOwnPassword,
  createApiToken,
  listApiTokens,
  revokeApiToken,
  updateMyProfile,
} from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import { presentApiToken, presentUser } from '../presenters/presenters.ts';
import { buildMe } from './build-me.ts';

export function registerMeRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(getMeRoute, async (c) =>
    c.json(await buildMe(c.get('deps'), c.get('actor'), c.get('session')?.csrfToken ?? null), 200),
  );

  app.openapi(updateMeRoute, async (c) => {
    const user = await updateMyProfile(ctxOf(c), c.req.valid('json'));
    return c.json({ user: presentUser(user) }, 200);
  });

  app.openapi(changePasswordRoute, async (c) => {
    await changeOwnPassword(ctxOf(c), c.req.valid('json'));
    return c.body(null, 204);
  });

  app.openapi(listTokensRoute, async (c) => {
    const tokens = await listApiTokens(ctxOf(c));
    return c.json({ tokens: tokens.map(presentApiToken) }, 200);
  });

  app.openapi(createTokenRoute, async (c) => {
    const { token, secret } = await createApiToken(ctxOf(c), c.req.valid('json'));
    return c.json({ token: presentApiToken(token), secret }, 201);
  });

  app.openapi(revokeTokenRoute, async (c) => {
    await revokeApiToken(ctxOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
