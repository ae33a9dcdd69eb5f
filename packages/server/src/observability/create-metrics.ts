import type { ScheduledJob } from '@opennrm/core';
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from './create-logger.ts';

/** How busy the database pool is (PostgreSQL; the embedded database has one session, no pool). */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface Metrics {
  registry: Registry;
  /** Counts and times each request under its route's pattern (never the path: it holds ids). */
  middleware: MiddlewareHandler;
}

/**
 * The Prometheus metrics of one app (docs/operations/observability.md). A registry per app, not
 * prom-client's global one: tests build many apps in one process. Labels are closed sets (method,
 * route pattern, status, job kind), so no value a user typed can reach the metrics.
 */
export function createMetrics(sources: {
  poolStats?: (() => PoolStats) | undefined;
  jobs: () => Promise<ScheduledJob[]>;
  /** Write the `http.request` line of each request at info (OPENNRM_ACCESS_LOG), else at debug. */
  accessLog?: boolean | undefined;
  logger: Logger;
  /**
   * The replica's state, read at scrape: given only when reports read from one (OPENNRM_REPLICA_URL);
   * its gauges exist only then. A reader that fails reads as down.
   */
  replica?: (() => Promise<{ replica: boolean; lagSeconds: number | null }>) | undefined;
}): Metrics {
  const registry = new Registry();
  const requests = new Counter({
    name: 'opennrm_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'opennrm_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route pattern.',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const pool = sources.poolStats;
  if (pool) {
    new Gauge({
      name: 'opennrm_db_pool_connections',
      help: 'PostgreSQL pool connections of this process, by state.',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const stats = pool();
        this.set({ state: 'total' }, stats.total);
        this.set({ state: 'idle' }, stats.idle);
        this.set({ state: 'waiting' }, stats.waiting);
      },
    });
  }
  // The job table is shared by every process: these are the installation's runs, read at scrape.
  for (const [name, help, value] of [
    ['opennrm_job_runs_total', 'Runs of each kind of background job, all processes.', (j) => j.runCount],
    ['opennrm_job_failures_total', 'Failed runs of each kind of background job.', (j) => j.failureCount],
    [
      'opennrm_job_last_finished_seconds',
      'When each kind of background job last finished (Unix time; 0 never).',
      (j) => (j.lastFinishedAt ? j.lastFinishedAt.getTime() / 1000 : 0),
    ],
  ] as [string, string, (job: ScheduledJob) => number][]) {
    new Gauge({
      name,
      help,
      labelNames: ['kind'] as const,
      registers: [registry],
      async collect() {
        for (const job of await sources.jobs()) this.set({ kind: job.kind }, value(job));
      },
    });
  }
  const replica = sources.replica;
  if (replica) {
    // A replica that does not answer reads as down, with an unknown lag.
    const read = () => replica().catch(() => null);
    new Gauge({
      name: 'opennrm_replica_up',
      help: 'Whether the reports replica answers and is a standby in recovery (1) or not (0).',
      registers: [registry],
      async collect() {
        this.set((await read())?.replica ? 1 : 0);
      },
    });
    new Gauge({
      name: 'opennrm_replica_lag_seconds',
      help: 'How far the reports replica is behind the primary (0: it replayed all it received).',
      registers: [registry],
      async collect() {
        this.set((await read())?.lagSeconds ?? Number.NaN);
      },
    });
  }
  const middleware: MiddlewareHandler = async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const handler = matchedRoutes(c).findLast((r) => r.method !== 'ALL');
      const route = handler?.path ?? 'unmatched';
      const method = c.req.method;
      const seconds = (performance.now() - started) / 1000;
      requests.inc({ method, route, status: String(c.res.status) });
      duration.observe({ method, route }, seconds);
      // The pattern and the request id, never the path or the query (ids, search words).
      const log: Logger = c.get('log') ?? sources.logger;
      const fields = { method, route, status: c.res.status, ms: Math.round(seconds * 1000) };
      if (sources.accessLog) log.info(fields, 'http.request');
      else log.debug(fields, 'http.request');
    }
  };
  return { registry, middleware };
}
