import { createRoute, z } from '@hono/zod-openapi';
import { AuditExportQuery, AuditListQuery, AuditListResponse, ChainReport } from '../schemas/audit.ts';
import { errors, json } from './route-helpers.ts';

export const listAuditEventsRoute = createRoute({
  method: 'get',
  path: '/api/audit/events',
  tags: ['audit'],
  summary: 'The audit trail, newest first, filtered',
  request: { query: AuditListQuery },
  responses: { 200: json(AuditListResponse, 'A page of events.'), ...errors() },
});

export const verifyAuditRoute = createRoute({
  method: 'get',
  path: '/api/audit/verify',
  tags: ['audit'],
  summary: 'Check the hash chain and report the first break',
  responses: { 200: json(ChainReport, 'The result of the check.'), ...errors() },
});

export const exportAuditEventsRoute = createRoute({
  method: 'get',
  path: '/api/audit/events/export',
  tags: ['audit'],
  summary: 'The filtered trail as CSV (at most 10 000 events: 422 beyond, narrow the filters); audited',
  request: { query: AuditExportQuery },
  responses: {
    200: {
      description: 'The events, newest first.',
      content: { 'text/csv': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errors(422),
  },
});
