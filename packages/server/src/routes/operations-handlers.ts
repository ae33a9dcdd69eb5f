import type { OpenAPIHono } from '@hono/zod-openapi';
import { secretsEqual } from '@opennrm/core';
import type { AppEnv } from '../app/server-env.ts';
import type { Metrics } from '../observability/create-metrics.ts';

/**
 * For the load balancer and the monitoring, outside /api (no session, no CSRF, not in the API
 * document): `/healthz` says the process answers (liveness: restart it if not), `/readyz` that
 * it can serve (the database answers: send it traffic), `/metrics` the Prometheus text, only to
 * a scraper holding OPENNRM_METRICS_TOKEN (figures of use are no one else's business).
 */
export function registerOperationsRoutes(app: OpenAPIHono<AppEnv>, metrics: Metrics): void {
  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200));

  app.get('/readyz', async (c) => {
    const deps = c.get('deps');
    try {
      await deps.store.organisations.get('00000000-0000-0000-0000-000000000000');
      return c.json({ status: 'ready', database: deps.databaseKind }, 200);
    } catch {
      return c.json({ status: 'not_ready', database: deps.databaseKind }, 503);
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
