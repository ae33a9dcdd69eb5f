import { createRoute } from '@hono/zod-openapi';
import {
  ApiTokenListResponse,
  ChangePasswordBody,
  ConfirmSecondFactorBody,
  CreateApiTokenBody,
  CreatedApiTokenResponse,
  RecoveryCodesResponse,
  SecondFactorEnrolment,
  UpdateMeBody,
} from '../schemas/auth.ts';
import { IdParams } from '../schemas/common.ts';
import { Me, UserResponse } from '../schemas/user.ts';
import { errors, json, jsonBody } from './route-helpers.ts';

export const getMeRoute = createRoute({
  method: 'get',
  path: '/api/me',
  tags: ['me'],
  summary: 'Who I am, my organisation and what I may do',
  responses: { 200: json(Me, 'The signed-in user.'), ...errors() },
});

export const updateMeRoute = createRoute({
  method: 'patch',
  path: '/api/me',
  tags: ['me'],
  summary: 'Change my name or language',
  request: { body: jsonBody(UpdateMeBody) },
  responses: { 200: json(UserResponse, 'Updated.'), ...errors(413, 415) },
});

export const changePasswordRoute = createRoute({
  method: 'post',
  path: '/api/me/password',
  tags: ['me'],
  summary: 'Change my password (ends my other sessions)',
  request: { body: jsonBody(ChangePasswordBody) },
  responses: { 204: { description: 'Changed.' }, ...errors(413, 415, 422) },
});

export const listTokensRoute = createRoute({
  method: 'get',
  path: '/api/me/tokens',
  tags: ['me'],
  summary: 'My personal API tokens',
  responses: { 200: json(ApiTokenListResponse, 'Tokens, newest first.'), ...errors() },
});

export const createTokenRoute = createRoute({
  method: 'post',
  path: '/api/me/tokens',
  tags: ['me'],
  summary: 'Create a personal API token (the secret is shown once)',
  request: { body: jsonBody(CreateApiTokenBody) },
  responses: { 201: json(CreatedApiTokenResponse, 'Created.'), ...errors(413, 415, 422) },
});

export const revokeTokenRoute = createRoute({
  method: 'delete',
  path: '/api/me/tokens/{id}',
  tags: ['me'],
  summary: 'Revoke one of my API tokens',
  request: { params: IdParams },
  responses: { 204: { description: 'Revoked.' }, ...errors(404) },
});

export const startSecondFactorEnrolmentRoute = createRoute({
  method: 'post',
  path: '/api/me/second-factor/enrolment',
  tags: ['me'],
  summary: 'Start enrolling an authenticator app (a new key, pending until a code confirms it)',
  responses: { 200: json(SecondFactorEnrolment, 'The key to show once.'), ...errors(409) },
});

export const confirmSecondFactorRoute = createRoute({
  method: 'post',
  path: '/api/me/second-factor',
  tags: ['me'],
  summary: 'Confirm the authenticator app with a code; returns the recovery codes, once',
  request: { body: jsonBody(ConfirmSecondFactorBody) },
  responses: { 200: json(RecoveryCodesResponse, 'Enrolled.'), ...errors(409, 413, 415, 422) },
});
