import type { OpenAPIHono } from '@hono/zod-openapi';
import { signInRoute, signOutEverywhereRoute, signOutRoute } from '@opennrm/contracts';
import { signIn, signOut, signOutEverywhere } from '@opennrm/core';
import { deleteCookie, setCookie } from 'hono/cookie';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import { sessionCookie } from '../middleware/authenticate.ts';
import { buildMe } from './build-me.ts';

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(signInRoute, async (c) => {
    const deps = c.get('deps');
    const { user, session, sessionToken } = await signIn(deps, c.req.valid('json'), c.get('meta'));
    setCookie(c, sessionCookie, sessionToken, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: c.get('tls') || deps.secureCookies,
      path: '/',
      maxAge: deps.security.sessionAbsoluteHours * 3600,
    });
    return c.json(await buildMe(deps, { userId: user.id, roles: user.roles }, session.csrfToken), 200);
  });

  app.openapi(signOutRoute, async (c) => {
    if (c.get('session')) await signOut(ctxOf(c));
    deleteCookie(c, sessionCookie, { path: '/' });
    return c.body(null, 204);
  });

  app.openapi(signOutEverywhereRoute, async (c) => {
    await signOutEverywhere(ctxOf(c));
    deleteCookie(c, sessionCookie, { path: '/' });
    return c.body(null, 204);
  });
}
