import { createRoute } from '@hono/zod-openapi';
import { IdParams } from '../schemas/common.ts';
import {
  AddressResponse,
  CreateOrganisationBody,
  OrganisationListResponse,
  OrganisationResponse,
  UpdateOrganisationBody,
} from '../schemas/organisation.ts';
import { errors, json, jsonBody } from './route-helpers.ts';

export const listOrganisationsRoute = createRoute({
  method: 'get',
  path: '/api/organisations',
  tags: ['organisations'],
  summary: 'The directory of participating organisations',
  responses: { 200: json(OrganisationListResponse, 'Organisations by name.'), ...errors() },
});

export const createOrganisationRoute = createRoute({
  method: 'post',
  path: '/api/organisations',
  tags: ['organisations'],
  summary: 'Register an organisation',
  request: { body: jsonBody(CreateOrganisationBody) },
  responses: { 201: json(OrganisationResponse, 'Created.'), ...errors(409, 413, 415, 422) },
});

export const getOrganisationRoute = createRoute({
  method: 'get',
  path: '/api/organisations/{id}',
  tags: ['organisations'],
  summary: 'One organisation',
  request: { params: IdParams },
  responses: { 200: json(OrganisationResponse, 'The organisation.'), ...errors(404) },
});

export const updateOrganisationRoute = createRoute({
  method: 'patch',
  path: '/api/organisations/{id}',
  tags: ['organisations'],
  summary: 'Change an organisation',
  request: { params: IdParams, body: jsonBody(UpdateOrganisationBody) },
  responses: { 200: json(OrganisationResponse, 'Updated.'), ...errors(404, 409, 413, 415, 422) },
});

export const revealOrganisationAddressRoute = createRoute({
  method: 'post',
  path: '/api/organisations/{id}/address/reveal',
  tags: ['organisations'],
  summary: 'Show the sealed address (recorded in the audit log)',
  request: { params: IdParams },
  responses: { 200: json(AddressResponse, 'The address, or null when none is recorded.'), ...errors(404) },
});
