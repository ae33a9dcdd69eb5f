import { authenticateApiToken, authenticateSession, secretsEqual } from '@opennrm/core';
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app/server-env.ts';
import { sendError } from '../errors/error-response.ts';

export const sessionCookie = 'opennrm_session';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the caller from a bearer token or the session cookie, then enforces CSRF for cookie
 * sessions: every write must echo the session's CSRF token in X-CSRF-Token. Bearer tokens are
 * not sent by browsers on their own, so they need no CSRF token.
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const deps = c.get('deps');
  const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    c.set('actor', await authenticateApiToken(deps, bearer));
    c.set('session', null);
    return next();
  }
  const token = getCookie(c, sessionCookie);
  if (!token) return sendError(c, 'unauthenticated', 'Sign in to continue.');
  const { actor, session } = await authenticateSession(deps, token);
  if (!safeMethods.has(c.req.method)) {
    const sent = c.req.header('x-csrf-token') ?? '';
    if (!secretsEqual(sent, session.csrfToken)) {
      return sendError(
        c,
        'csrf_failed',
        'The request is missing its CSRF token. Reload the page and try again.',
      );
    }
  }
  c.set('actor', actor);
  c.set('session', session);
  return next();
});
