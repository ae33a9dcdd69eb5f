import { getConnInfo } from '@hono/node-server/conninfo';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, ServerDeps } from '../app/server-env.ts';
import { isTrusted, resolveClientAddress } from './client-address.ts';

/** Attaches deps, the client's address and whether the client reached us over TLS. */
export function requestContext(deps: ServerDeps) {
  return createMiddleware<AppEnv>(async (c, next) => {
    let peer: string | undefined;
    try {
      peer = getConnInfo(c).remote.address;
    } catch {
      peer = undefined; // in-process requests (tests) have no socket
    }
    const clientIp = resolveClientAddress(peer, c.req.header('x-forwarded-for'), deps.trustedProxies);
    const viaTrustedProxy = peer !== undefined && isTrusted(peer, deps.trustedProxies);
    const tls =
      new URL(c.req.url).protocol === 'https:' ||
      (viaTrustedProxy && c.req.header('x-forwarded-proto') === 'https');
    c.set('deps', deps);
    c.set('tls', tls);
    c.set('meta', {
      requestId: c.get('requestId'),
      clientIp,
      userAgent: c.req.header('user-agent')?.slice(0, 300) ?? null,
    });
    await next();
  });
}
