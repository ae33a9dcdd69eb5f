import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  secondFactorSignInRoute,
  signInRoute,
  signOutEverywhereRoute,
  signOutRoute,
} from '@opennrm/contracts';
import {
  completeSecondFactorSignIn,
  type StartedSession,
  signIn,
  signOut,
  signOutEverywhere,
} from '@opennrm/core';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import { sessionCookie } from '../middleware/authenticate.ts';
import { idTokenCookie, idTokenCookiePath, providerSignOutUrl } from '../single-sign-on/provider-cookies.ts';
import { buildMe } from './build-me.ts';

/** Sets the session cookie (SameSite=Strict: no other site's page can use it). */
export function setSessionCookie(c: Context<AppEnv>, sessionToken: string): void {
  const deps = c.get('deps');
  setCookie(c, sessionCookie, sessionToken, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: c.get('tls') || deps.secureCookies,
    path: '/',
    maxAge: deps.security.sessionAbsoluteHours * 3600,
  });
}

/** Sets the session cookie and answers with what GET /api/me would. */
async function openSession(c: Context<AppEnv>, { user, session, sessionToken }: StartedSession) {
  setSessionCookie(c, sessionToken);
  // A password session is no provider session: nothing to sign out of there.
  deleteCookie(c, idTokenCookie, { path: idTokenCookiePath });
  return buildMe(c.get('deps'), { userId: user.id, roles: user.roles }, session.csrfToken);
}

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(signInRoute, async (c) => {
    const result = await signIn(c.get('deps'), c.req.valid('json'), c.get('meta'));
    if (result.step === 'second_factor') {
      const { challenge, expiresAt } = result;
      return c.json({ step: result.step, challenge, expiresAt: expiresAt.toISOString() }, 202);
    }
    return c.json(await openSession(c, result), 200);
  });

  app.openapi(secondFactorSignInRoute, async (c) => {
    const started = await completeSecondFactorSignIn(c.get('deps'), c.req.valid('json'), c.get('meta'));
    return c.json(await openSession(c, started), 200);
  });

  app.openapi(signOutRoute, async (c) => {
    const providerSignOut = c.get('session') ? await providerSignOutUrl(c) : null;
    if (c.get('session')) await signOut(ctxOf(c), { atProvider: providerSignOut !== null });
    deleteCookie(c, sessionCookie, { path: '/' });
    deleteCookie(c, idTokenCookie, { path: idTokenCookiePath });
    if (providerSignOut) return c.json({ providerSignOutUrl: providerSignOut }, 200);
    return c.body(null, 204);
  });

  app.openapi(signOutEverywhereRoute, async (c) => {
    await signOutEverywhere(ctxOf(c));
    deleteCookie(c, sessionCookie, { path: '/' });
    return c.body(null, 204);
  });
}
