import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  createUserRoute,
  getUserRoute,
  listUsersRoute,
  listUserTokensRoute,
  revokeUserTokenRoute,
  revokeUserTokensRoute,
  setUserPasswordRoute,
  unlockUserRoute,
  updateUserRoute,
} from '@opennrm/contracts';
import {
  createUser,
  getUser,
  listUserApiTokens,
  listUsers,
  revokeUserApiToken,
  revokeUserApiTokens,
  setUserPassword,
  unlockUser,
  updateUser,
} from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import { presentApiToken, presentUser } from '../presenters/presenters.ts';

export function registerUserRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listUsersRoute, async (c) => {
    const { includeInactive, ...filter } = c.req.valid('query');
    const users = await listUsers(ctxOf(c), { ...filter, includeInactive: includeInactive !== 'false' });
    return c.json({ users: users.map(presentUser) }, 200);
  });

  app.openapi(createUserRoute, async (c) => {
    const user = await createUser(ctxOf(c), c.req.valid('json'));
    return c.json({ user: presentUser(user) }, 201);
  });

  app.openapi(getUserRoute, async (c) => {
    const user = await getUser(ctxOf(c), c.req.valid('param').id);
    return c.json({ user: presentUser(user) }, 200);
  });

  app.openapi(updateUserRoute, async (c) => {
    const user = await updateUser(ctxOf(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ user: presentUser(user) }, 200);
  });

  app.openapi(setUserPasswordRoute, async (c) => {
    await setUserPassword(ctxOf(c), c.req.valid('param').id, c.req.valid('json').password);
    return c.body(null, 204);
  });

  app.openapi(unlockUserRoute, async (c) => {
    const user = await unlockUser(ctxOf(c), c.req.valid('param').id);
    return c.json({ user: presentUser(user) }, 200);
  });

  app.openapi(listUserTokensRoute, async (c) => {
    const tokens = await listUserApiTokens(ctxOf(c), c.req.valid('param').id);
    return c.json({ tokens: tokens.map(presentApiToken) }, 200);
  });

  app.openapi(revokeUserTokensRoute, async (c) => {
    const revoked = await revokeUserApiTokens(ctxOf(c), c.req.valid('param').id);
    return c.json({ revoked }, 200);
  });

  app.openapi(revokeUserTokenRoute, async (c) => {
    const { id, tokenId } = c.req.valid('param');
    await revokeUserApiToken(ctxOf(c), id, tokenId);
    return c.body(null, 204);
  });
}
