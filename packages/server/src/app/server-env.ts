import type { Actor, Deps, RequestMeta, Session } from '@opennrm/core';

/** What the server needs beyond the use cases' ports. */
export interface ServerDeps extends Deps {
  databaseKind: 'pglite' | 'postgres';
  version: string;
  /** Addresses of reverse proxies whose X-Forwarded-For / -Proto we believe. */
  trustedProxies: readonly string[];
  /** Force the Secure cookie flag (behind a TLS-terminating proxy that is not trusted). */
  secureCookies: boolean;
  /** Built web app to serve, or null to serve the API only. */
  webRoot: string | null;
  maxBodyBytes: number;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    deps: ServerDeps;
    meta: RequestMeta;
    tls: boolean;
    actor: Actor;
    session: Session | null;
  };
}
