import { createRoute } from '@hono/zod-openapi';
import { IdParams } from '../schemas/common.ts';
import { HtcdsExport, ImportedPersonResponse, ImportHtcdsBody } from '../schemas/person.ts';
import { errors, json, jsonBody } from './route-helpers.ts';

export const exportHtcdsRoute = createRoute({
  method: 'get',
  path: '/api/persons/{id}/htcds',
  tags: ['persons'],
  summary: 'The person with their victim context as an HTCDS 2.0 record (contains identity; audited)',
  request: { params: IdParams },
  responses: { 200: json(HtcdsExport, 'The HTCDS record and its trafficking events.'), ...errors(404) },
});

export const importHtcdsRoute = createRoute({
  method: 'post',
  path: '/api/persons/htcds',
  tags: ['persons'],
  summary: "Register a person from another system's HTCDS record (same duplicate check)",
  request: { body: jsonBody(ImportHtcdsBody) },
  responses: { 201: json(ImportedPersonResponse, 'Imported.'), ...errors(409, 413, 415, 422) },
});
