import { createRoute } from '@hono/zod-openapi';
import { IdParams } from '../schemas/common.ts';
import {
  ContactRequestResponse,
  CreatedPersonResponse,
  CreatePersonBody,
  DuplicateCheckBody,
  DuplicateCheckResponse,
  PersonFileResponse,
  PersonListQuery,
  PersonListResponse,
  PersonResponse,
  PersonSearchBody,
  RevealBody,
  RevealedIdentityResponse,
  UpdatePersonBody,
} from '../schemas/person.ts';
import { errors, json, jsonBody } from './route-helpers.ts';

export const listPersonsRoute = createRoute({
  method: 'get',
  path: '/api/persons',
  tags: ['persons'],
  summary: 'Persons my organisation holds or was given access to (codes and attributes, never identity)',
  request: { query: PersonListQuery },
  responses: {
    200: json(PersonListResponse, 'A page of persons, newest first, and the total.'),
    ...errors(),
  },
});

export const searchPersonsRoute = createRoute({
  method: 'post',
  path: '/api/persons/search',
  tags: ['persons'],
  summary:
    'Persons found by name through the blind index, among those whose identity my organisation holds (audited, never the name)',
  request: { body: jsonBody(PersonSearchBody) },
  responses: {
    200: json(PersonListResponse, 'A page of persons and, on the first page, the total.'),
    ...errors(413, 415, 422),
  },
});

export const createPersonRoute = createRoute({
  method: 'post',
  path: '/api/persons',
  tags: ['persons'],
  summary: 'Register a person (409 with the holders when a possible duplicate exists, until confirmed)',
  request: { body: jsonBody(CreatePersonBody) },
  responses: { 201: json(CreatedPersonResponse, 'Registered.'), ...errors(409, 413, 415, 422) },
});

export const duplicateCheckRoute = createRoute({
  method: 'post',
  path: '/api/persons/duplicate-check',
  tags: ['persons'],
  summary:
    'Whether a person with this name and birth date is already registered: your own records by code, others only as "held elsewhere" (limited per user and organisation, audited)',
  request: { body: jsonBody(DuplicateCheckBody) },
  responses: {
    200: json(DuplicateCheckResponse, 'Possible matches.'),
    ...errors(413, 415, 429),
  },
});

export const duplicateContactRoute = createRoute({
  method: 'post',
  path: '/api/persons/duplicate-check/contact-requests',
  tags: ['persons'],
  summary:
    'Ask the organisations holding a possible match to contact you (they are notified with their own record; you learn no more)',
  request: { body: jsonBody(DuplicateCheckBody) },
  responses: { 202: json(ContactRequestResponse, 'Requested.'), ...errors(413, 415, 429) },
});

export const getPersonRoute = createRoute({
  method: 'get',
  path: '/api/persons/{id}',
  tags: ['persons'],
  summary: "A person's file: attributes, screenings, decisions, exploitation (no sealed values)",
  request: { params: IdParams },
  responses: { 200: json(PersonFileResponse, 'The file.'), ...errors(404) },
});

export const updatePersonRoute = createRoute({
  method: 'patch',
  path: '/api/persons/{id}',
  tags: ['persons'],
  summary: "Change a person's attributes or identity fields",
  request: { params: IdParams, body: jsonBody(UpdatePersonBody) },
  responses: { 200: json(PersonResponse, 'Updated.'), ...errors(404, 413, 415, 422) },
});

export const revealIdentityRoute = createRoute({
  method: 'post',
  path: '/api/persons/{id}/identity/reveal',
  tags: ['persons'],
  summary: 'Show the sealed identity (recorded in the audit log with the reason)',
  request: { params: IdParams, body: jsonBody(RevealBody) },
  responses: {
    200: json(RevealedIdentityResponse, 'The identity and decision grounds.'),
    ...errors(404, 413, 415),
  },
});
