import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app/server-env.ts';
import { sendError } from '../errors/error-response.ts';

const writes = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A write that carries a body must say it is JSON. Besides clear errors, this closes the
 * classic CSRF route of an HTML form posting text/plain to a JSON API.
 */
export const requireJson = createMiddleware<AppEnv>(async (c, next) => {
  if (writes.has(c.req.method) && carriesBody(c)) {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
      return sendError(
        c,
        'unsupported_media_type',
        'Send the body as JSON with Content-Type: application/json.',
      );
    }
  }
  await next();
});

/** Whether the request has a body at all: a length above zero, or a chunked one (HTTP/1.1). */
export function carriesBody(c: Context<AppEnv>): boolean {
  return Number(c.req.header('content-length') ?? 0) > 0 || c.req.header('transfer-encoding') !== undefined;
}
