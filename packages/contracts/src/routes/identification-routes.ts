import { createRoute, z } from '@hono/zod-openapi';
import { IdParams } from '../schemas/common.ts';
import {
  IdentificationSettings,
  IndicatorListParams,
  IndicatorListQuery,
  IndicatorListResponse,
  IndicatorListsResponse,
  IndicatorListVersionParams,
  LoadIndicatorListBody,
  UpdateIdentificationSettingsBody,
  VerifyIndicatorListBody,
} from '../schemas/indicator-list.ts';
import {
  Decision,
  DecisionBody,
  ExploitationBody,
  ExploitationResponse,
  Screening,
  ScreeningBody,
  ShareBody,
  ShareParams,
} from '../schemas/person.ts';
import { errors, json, jsonBody } from './route-helpers.ts';

export const recordScreeningRoute = createRoute({
  method: 'post',
  path: '/api/persons/{id}/screenings',
  tags: ['identification'],
  summary: 'Record a screening (scored again on the server with the exact list version)',
  request: { params: IdParams, body: jsonBody(ScreeningBody) },
  responses: { 201: json(z.object({ screening: Screening }), 'Recorded.'), ...errors(404, 413, 415, 422) },
});

export const recordExploitationRoute = createRoute({
  method: 'put',
  path: '/api/persons/{id}/exploitation',
  tags: ['identification'],
  summary: "Record what is known of the person's exploitation",
  request: { params: IdParams, body: jsonBody(ExploitationBody) },
  responses: { 200: json(ExploitationResponse, 'Recorded.'), ...errors(404, 413, 415, 422) },
});

export const recordDecisionRoute = createRoute({
  method: 'post',
  path: '/api/persons/{id}/decisions',
  tags: ['identification'],
  summary: 'Record an identification decision by my organisation (or a reconsideration)',
  request: { params: IdParams, body: jsonBody(DecisionBody) },
  responses: { 201: json(z.object({ decision: Decision }), 'Recorded.'), ...errors(404, 413, 415, 422) },
});

export const sharePersonRoute = createRoute({
  method: 'post',
  path: '/api/persons/{id}/shares',
  tags: ['identification'],
  summary:
    'The owner gives another organisation need-to-know access (e.g. for the identification decision); identity only with a covering consent, the child rule or an override',
  request: { params: IdParams, body: jsonBody(ShareBody) },
  responses: { 204: { description: 'Shared.' }, ...errors(404, 413, 415, 422) },
});

export const unsharePersonRoute = createRoute({
  method: 'delete',
  path: '/api/persons/{id}/shares/{organisationId}',
  tags: ['identification'],
  summary: "End another organisation's access",
  request: { params: ShareParams },
  responses: { 204: { description: 'Ended.' }, ...errors(404) },
});

export const listIndicatorListsRoute = createRoute({
  method: 'get',
  path: '/api/indicator-lists',
  tags: ['identification'],
  summary: 'Indicator lists (latest versions)',
  responses: { 200: json(IndicatorListsResponse, 'The lists.'), ...errors() },
});

export const getIndicatorListRoute = createRoute({
  method: 'get',
  path: '/api/indicator-lists/{key}',
  tags: ['identification'],
  summary: 'One indicator list, the latest or a given version',
  request: { params: IndicatorListParams, query: IndicatorListQuery },
  responses: { 200: json(IndicatorListResponse, 'The list.'), ...errors(404) },
});

export const loadIndicatorListRoute = createRoute({
  method: 'post',
  path: '/api/indicator-lists',
  tags: ['identification'],
  summary: "Load a country's own indicator list (becomes the next version of its key)",
  request: { body: jsonBody(LoadIndicatorListBody) },
  responses: { 201: json(IndicatorListResponse, 'Loaded.'), ...errors(413, 415, 422) },
});

export const verifyIndicatorListRoute = createRoute({
  method: 'post',
  path: '/api/indicator-lists/{key}/versions/{version}/verification',
  tags: ['identification'],
  summary: 'Mark a list version verified against a document (who, when, which document; audited)',
  request: { params: IndicatorListVersionParams, body: jsonBody(VerifyIndicatorListBody) },
  responses: { 201: json(IndicatorListResponse, 'Verified.'), ...errors(404, 409, 413, 415, 422) },
});

export const getIdentificationSettingsRoute = createRoute({
  method: 'get',
  path: '/api/settings/identification',
  tags: ['identification'],
  summary: 'Country, decision deadline and holidays',
  responses: { 200: json(IdentificationSettings, 'The settings.'), ...errors() },
});

export const updateIdentificationSettingsRoute = createRoute({
  method: 'patch',
  path: '/api/settings/identification',
  tags: ['identification'],
  summary: 'Change the country, the decision deadline or holidays',
  request: { body: jsonBody(UpdateIdentificationSettingsBody) },
  responses: { 200: json(IdentificationSettings, 'Updated.'), ...errors(413, 415, 422) },
});
