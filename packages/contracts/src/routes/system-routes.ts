import { createRoute, z } from '@hono/zod-openapi';
import { Health } from '../schemas/audit.ts';
import { json, publicRoute } from './route-helpers.ts';

export const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['system'],
  summary: 'Liveness and database check',
  ...publicRoute,
  responses: { 200: json(Health, 'The server and its database answer.') },
});

export const openApiRoute = createRoute({
  method: 'get',
  path: '/api/openapi.json',
  tags: ['system'],
  summary: 'This API described in OpenAPI 3.1',
  ...publicRoute,
  responses: { 200: json(z.record(z.string(), z.unknown()), 'The OpenAPI document.') },
});
