import type { OpenAPIHono } from '@hono/zod-openapi';
import { secretsEqual } from '@opennrm/core';
import type { AppEnv } from '../app/server-env.ts';
import type { Metrics } from '../observability/create-metrics.ts';

/**
 * For the load balancer and the monitoring, outside /api (no session, no CSRF, not in the API
 * document): `/healthz` says the process answers (liveness: restart it if not), `/readyz` that
 * it can serve (the database answers and has every migration this code knows: send it traffic), `/metrics` the Prometheus text, only to
 * a scraper holding OPENNRM_METRICS_TOKEN (figures of use are no one else's business).
 */
export function registerOperationsRoutes(app: OpenAPIHono<AppEnv>, metrics: Metrics): void {
  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200));

  app.get('/readyz', async (c) => {
    const deps = c.get('deps');
    const database = deps.databaseKind;
    try {
      // Reading the migrations table is also the database's answer; without the check, any read.
      let missing: number[] = [];
      if (deps.missingMigrations) missing = await deps.missingMigrations();
      else await deps.store.organisations.get('00000000-0000-0000-0000-000000000000');
      if (missing.length > 0)
        return c.json({ status: 'not_ready', database, missingMigrations: missing }, 503);
      return c.json({ status: 'ready', database }, 200);
    } catch (error) {
      c.get('log').warn({ err: error }, 'readiness.database_unavailable');
      return c.json({ status: 'not_ready', database }, 503);
    }
  });

  app.get('/metrics', async (c) => {
    const token = c.get('deps').metricsToken;
    if (!token) return c.text('Not found', 404);
    const sent = c.req.header('authorization')?.replace(/^Bearer /, '') ?? '';
    if (!secretsEqual(sent, token)) return c.text('Unauthorized', 401, { 'WWW-Authenticate': 'Bearer' });
    c.header('Content-Type', metrics.registry.contentType);
    c.header('Cache-Control', 'no-store');
    return c.body(await metrics.registry.metrics(), 200);
  });
}
