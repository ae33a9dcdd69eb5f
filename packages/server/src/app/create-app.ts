import { OpenAPIHono } from '@hono/zod-openapi';
import { openApiRoute, publicPaths } from '@opennrm/contracts';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { handleError, sendError } from '../errors/error-response.ts';
import { authenticate } from '../middleware/authenticate.ts';
import { requestContext } from '../middleware/request-context.ts';
import { carriesBody, requireJson } from '../middleware/require-json.ts';
import { securityHeaders } from '../middleware/security-headers.ts';
import { createLogger } from '../observability/create-logger.ts';
import { createMetrics } from '../observability/create-metrics.ts';
import { registerActionPlanRoutes } from '../routes/action-plan-handlers.ts';
import { registerAlertRoutes } from '../routes/alert-handlers.ts';
import { registerAuditRoutes } from '../routes/audit-handlers.ts';
import { registerAuthRoutes } from '../routes/auth-handlers.ts';
import { registerCountryReportRoutes } from '../routes/country-report-handlers.ts';
import { registerCountryReportReleaseRoutes } from '../routes/country-report-release-handlers.ts';
import { registerHistoricImportRoutes } from '../routes/historic-import-handlers.ts';
import { registerIdentificationRoutes } from '../routes/identification-handlers.ts';
import { registerMeRoutes } from '../routes/me-handlers.ts';
import { registerOperationsRoutes } from '../routes/operations-handlers.ts';
import { registerOrganisationRoutes } from '../routes/organisation-handlers.ts';
import { registerPersonRoutes } from '../routes/person-handlers.ts';
import { registerPreventionRoutes } from '../routes/prevention-handlers.ts';
import { registerProsecutionRoutes } from '../routes/prosecution-handlers.ts';
import { registerProtectionRoutes } from '../routes/protection-handlers.ts';
import { registerReferralRoutes } from '../routes/referral-handlers.ts';
import { registerRetentionRoutes } from '../routes/retention-handlers.ts';
import { registerSecondFactorRoutes } from '../routes/second-factor-handlers.ts';
import { registerSingleSignOnRoutes } from '../routes/single-sign-on-handlers.ts';
import { registerStatisticsRoutes } from '../routes/statistics-handlers.ts';
import { registerStatisticsReleaseRoutes } from '../routes/statistics-release-handlers.ts';
import { registerSystemRoutes } from '../routes/system-handlers.ts';
import { registerTodayRoutes } from '../routes/today-handlers.ts';
import { registerUserRoutes } from '../routes/user-handlers.ts';
import { serveWeb } from '../web/serve-web.ts';
import type { AppEnv, ServerDeps } from './server-env.ts';
import { validationHook } from './validation-hook.ts';

/** The whole HTTP application; `serve` wraps it in a Node server, tests call `app.request`. */
export function createApp(deps: ServerDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const logger = deps.logger ?? createLogger();
  const metrics = createMetrics({
    poolStats: deps.poolStats,
    jobs: () => deps.store.jobs.list(),
    accessLog: deps.accessLog,
    logger,
    // Read at scrape, never here: an app made only for its routes (generate-api-types) has no store.
    replica: deps.replicaConfigured ? () => readReplica(deps) : undefined,
  });
  app.use('*', metrics.middleware);
  app.use('*', requestContext(deps, logger));
  app.use('*', securityHeaders());
  // Lists and reports shrink five to ten times. The built assets carry their own .br and .gz
  // (made at build), which the static handler picks, so this compresses only what is made per
  // request. Responses under 1 kB are left as they are.
  if (deps.compression !== false) app.use('*', compress());
  app.use('/api/*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  });
  const limitBody = bodyLimit({
    maxSize: deps.maxBodyBytes,
    onError: (c) => sendError(c, 'payload_too_large', `The body is larger than ${deps.maxBodyBytes} bytes.`),
  });
  // Not on a read without a body: asking a bodiless GET for its body makes the Node adapter build
  // a whole Request object, a measurable share of a read's CPU under load (issue 21). Every
  // other method is limited whatever its headers say.
  const bodiless = (c: Context<AppEnv>) =>
    (c.req.method === 'GET' || c.req.method === 'HEAD') && !carriesBody(c);
  app.use('/api/*', (c, next) => (bodiless(c) ? next() : limitBody(c, next)));
  app.use('/api/*', requireJson);
  // Everything under /api needs a session or token except the routes contracts declare public.
  app.use('/api/*', async (c, next) => (publicPaths.has(c.req.path) ? next() : authenticate(c, next)));

  registerOperationsRoutes(app, metrics);
  registerSystemRoutes(app);
  registerAuthRoutes(app);
  registerSingleSignOnRoutes(app);
  registerMeRoutes(app);
  registerSecondFactorRoutes(app);
  registerTodayRoutes(app);
  registerOrganisationRoutes(app);
  registerUserRoutes(app);
  registerAuditRoutes(app);
  registerPersonRoutes(app);
  registerIdentificationRoutes(app);
  registerReferralRoutes(app);
  registerAlertRoutes(app);
  registerProtectionRoutes(app);
  registerProsecutionRoutes(app);
  registerStatisticsRoutes(app);
  registerHistoricImportRoutes(app);
  registerStatisticsReleaseRoutes(app);
  registerPreventionRoutes(app);
  registerActionPlanRoutes(app);
  registerCountryReportRoutes(app);
  registerCountryReportReleaseRoutes(app);
  registerRetentionRoutes(app);
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'opennrm_session',
    description: 'Session cookie from sign-in; writes also need the X-CSRF-Token header.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'Personal API token (onrm_...).',
  });
  app.openapi(openApiRoute, (c) =>
    c.json(openApiDocument(app, deps.version) as unknown as Record<string, unknown>, 200),
  );

  app.all('/api/*', (c) =>
    sendError(c, 'not_found', `There is no ${c.req.method} ${c.req.path} in this API.`),
  );
  if (deps.webRoot) serveWeb(app, deps.webRoot);
  app.onError(handleError);
  app.notFound((c) => sendError(c, 'not_found', 'Not found.'));
  return app;
}

export function openApiDocument(app: OpenAPIHono<AppEnv>, version: string) {
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'OpenNRM API',
      version,
      description:
        'National referral mechanism for fighting human trafficking. Errors: {"error":{"code","message","details"}}.',
    },
    security: [{ session: [] }, { bearer: [] }],
  });
}

/** The replica's state through the store; a store that cannot tell reads as a replica that is down. */
async function readReplica(deps: ServerDeps): Promise<{ replica: boolean; lagSeconds: number | null }> {
  const freshness = await deps.store.statistics.freshness?.();
  if (!freshness) throw new Error('The store reads no replica.');
  return freshness;
}
