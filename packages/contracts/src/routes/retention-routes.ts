import { createRoute, z } from '@hono/zod-openapi';
import {
  CodeParams,
  ErasureRequest,
  ErasureResult,
  LegalHoldInput,
  LegalHolds,
  RetentionPlan,
  RetentionSettings,
  RetentionSettingsUpdate,
  SubjectAccessRequest,
} from '../schemas/retention.ts';
import { errors, json, jsonBody } from './route-helpers.ts';

export const getRetentionSettingsRoute = createRoute({
  method: 'get',
  path: '/api/retention/settings',
  tags: ['retention'],
  summary: 'Retention periods per record type, with their legal basis, and whether the run applies them',
  responses: { 200: json(RetentionSettings, 'The settings.'), ...errors() },
});

export const updateRetentionSettingsRoute = createRoute({
  method: 'put',
  path: '/api/retention/settings',
  tags: ['retention'],
  summary: 'Change retention periods or turn the run on or off (audited)',
  request: { body: jsonBody(RetentionSettingsUpdate) },
  responses: { 200: json(RetentionSettings, 'The settings now.'), ...errors(422) },
});

export const planRetentionRoute = createRoute({
  method: 'get',
  path: '/api/retention/plan',
  tags: ['retention'],
  summary: 'Dry run: what a retention run would do now (counts and codes), changing nothing',
  responses: { 200: json(RetentionPlan, 'The plan.'), ...errors() },
});

export const listLegalHoldsRoute = createRoute({
  method: 'get',
  path: '/api/retention/holds',
  tags: ['retention'],
  summary: 'Legal holds set on persons',
  responses: { 200: json(LegalHolds, 'The holds.'), ...errors() },
});

export const setLegalHoldRoute = createRoute({
  method: 'put',
  path: '/api/retention/holds/{code}',
  tags: ['retention'],
  summary: 'Keep a person out of retention and erasure, with the reason (audited)',
  request: { params: CodeParams, body: jsonBody(LegalHoldInput) },
  responses: { 204: { description: 'Held.' }, ...errors(404) },
});

export const releaseLegalHoldRoute = createRoute({
  method: 'delete',
  path: '/api/retention/holds/{code}',
  tags: ['retention'],
  summary: 'Release a legal hold (audited)',
  request: { params: CodeParams },
  responses: { 204: { description: 'Released.' }, ...errors(404) },
});

export const erasePersonRoute = createRoute({
  method: 'post',
  path: '/api/retention/erasures',
  tags: ['retention'],
  summary: 'Erase a person on a lawful request: what identifies them is destroyed, the counts stay (audited)',
  request: { body: jsonBody(ErasureRequest) },
  responses: { 200: json(ErasureResult, 'Erased.'), ...errors(404, 409) },
});

export const exportSubjectDataRoute = createRoute({
  method: 'post',
  path: '/api/retention/subject-access',
  tags: ['retention'],
  summary: 'Everything held on one person, every module, sealed values opened, as a JSON download (audited)',
  request: { body: jsonBody(SubjectAccessRequest) },
  responses: {
    200: {
      description: 'The export (attachment).',
      content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
    },
    ...errors(404),
  },
});
