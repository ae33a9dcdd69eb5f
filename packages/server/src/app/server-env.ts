import type { Actor, Deps, RequestMeta, Session } from '@opennrm/core';
import type { Logger } from '../observability/create-logger.ts';
import type { PoolStats } from '../observability/create-metrics.ts';
import type { OidcClient } from '../single-sign-on/create-oidc-client.ts';

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
  /** The bearer token a Prometheus scraper sends to /metrics (OPENNRM_METRICS_TOKEN); none: no /metrics. */
  metricsToken?: string | null;
  /** One JSON log line per request: request id, route pattern, status, duration (OPENNRM_ACCESS_LOG=1). */
  accessLog?: boolean;
  /** Gzip answers (JSON, CSV, index.html) for clients that accept it (OPENNRM_COMPRESSION); absent: on. */
  compression?: boolean;
  /**
   * Reports read from a streaming replica (OPENNRM_REPLICA_URL): /metrics then shows its state,
   * read from the store's statistics port at scrape. Absent: no replica, no replica gauges.
   */
  replicaConfigured?: boolean;
  /** The PostgreSQL pool's use, for /metrics (the embedded database has no pool). */
  poolStats?: (() => PoolStats) | undefined;
  /** Sign-in through an OpenID Connect provider (OPENNRM_OIDC_*); absent: passwords only. */
  singleSignOn?: OidcClient | null;
  /** The structured log (pino); none: one at level info on stdout/stderr. */
  logger?: Logger;
  /**
   * The migrations the code knows that the database lacks (for /readyz): a process whose schema
   * is behind its code is not sent traffic. None: readiness only asks the database to answer.
   */
  missingMigrations?: (() => Promise<number[]>) | undefined;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    /** The process's logger with this request's id on every line. */
    log: Logger;
    deps: ServerDeps;
    meta: RequestMeta;
    tls: boolean;
    actor: Actor;
    session: Session | null;
  };
}
