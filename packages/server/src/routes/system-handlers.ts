import type { OpenAPIHono } from '@hono/zod-openapi';
import { healthRoute } from '@opennrm/contracts';
import type { AppEnv } from '../app/server-env.ts';

export function registerSystemRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(healthRoute, async (c) => {
    const deps = c.get('deps');
    // Touches the database so a load balancer sees a wedged database, not just a live process.
    await deps.store.organisations.get('00000000-0000-0000-0000-000000000000');
    return c.json({ status: 'ok' as const, database: deps.databaseKind, version: deps.version }, 200);
  });
}
