import { randomUUID } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, ServerDeps } from '../app/server-env.ts';
import type { Logger } from '../observability/create-logger.ts';
import { isTrusted, resolveClientAddress } from './client-address.ts';

/** What a proxy may send as a request id: nginx's `$request_id`, a UUID, a trace id. */
const requestIdPattern = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Attaches deps, the request id, a logger for this request, the client's address and whether
 * the client reached us over TLS. The request id is answered in X-Request-Id and written in the
 * audit trail and every log line of the request. A trusted proxy's X-Request-Id is kept (one id
 * from the proxy's log to ours); anyone else's is replaced, so that no user can make an audit
 * event or a log line carry another request's id.
 */
export function requestContext(deps: ServerDeps, logger: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    let peer: string | undefined;
    try {
      peer = getConnInfo(c).remote.address;
    } catch {
      peer = undefined; // in-process requests (tests) have no socket
    }
    const viaTrustedProxy = peer !== undefined && isTrusted(peer, deps.trustedProxies);
    const sentId = c.req.header('x-request-id');
    const requestId = viaTrustedProxy && sentId && requestIdPattern.test(sentId) ? sentId : randomUUID();
    c.set('requestId', requestId);
    c.header('X-Request-Id', requestId);
    c.set('log', logger.child({ requestId }));
    const clientIp = resolveClientAddress(peer, c.req.header('x-forwarded-for'), deps.trustedProxies);
    const tls =
      new URL(c.req.url).protocol === 'https:' ||
      (viaTrustedProxy && c.req.header('x-forwarded-proto') === 'https');
    c.set('deps', deps);
    c.set('tls', tls);
    c.set('meta', {
      requestId,
      clientIp,
      userAgent: c.req.header('user-agent')?.slice(0, 300) ?? null,
    });
    await next();
  });
}
