import { createRoute } from '@hono/zod-openapi';
import { ApiTokenListResponse, RevokedTokensResponse, UserTokenParams } from '../schemas/auth.ts';
import { IdParams } from '../schemas/common.ts';
import {
  CreateUserBody,
  SetPasswordBody,
  UpdateUserBody,
  UserListQuery,
  UserListResponse,
  UserResponse,
} from '../schemas/user.ts';
import { errors, json, jsonBody } from './route-helpers.ts';

export const listUsersRoute = createRoute({
  method: 'get',
  path: '/api/users',
  tags: ['users'],
  summary: 'Users I may see, filtered',
  request: { query: UserListQuery },
  responses: { 200: json(UserListResponse, 'Users by name.'), ...errors() },
});

export const createUserRoute = createRoute({
  method: 'post',
  path: '/api/users',
  tags: ['users'],
  summary: 'Create a user in an organisation with roles',
  request: { body: jsonBody(CreateUserBody) },
  responses: { 201: json(UserResponse, 'Created.'), ...errors(409, 413, 415, 422) },
});

export const getUserRoute = createRoute({
  method: 'get',
  path: '/api/users/{id}',
  tags: ['users'],
  summary: 'One user',
  request: { params: IdParams },
  responses: { 200: json(UserResponse, 'The user.'), ...errors(404) },
});

export const updateUserRoute = createRoute({
  method: 'patch',
  path: '/api/users/{id}',
  tags: ['users'],
  summary: "Change a user's name, organisation, roles, language or status (never your own roles)",
  request: { params: IdParams, body: jsonBody(UpdateUserBody) },
  responses: { 200: json(UserResponse, 'Updated.'), ...errors(404, 413, 415, 422) },
});

export const setUserPasswordRoute = createRoute({
  method: 'post',
  path: '/api/users/{id}/password',
  tags: ['users'],
  summary: "Set a user's password (ends their sessions)",
  request: { params: IdParams, body: jsonBody(SetPasswordBody) },
  responses: { 204: { description: 'Set.' }, ...errors(404, 413, 415, 422) },
});

export const unlockUserRoute = createRoute({
  method: 'post',
  path: '/api/users/{id}/unlock',
  tags: ['users'],
  summary: 'Lift a sign-in lockout',
  request: { params: IdParams },
  responses: { 200: json(UserResponse, 'Unlocked.'), ...errors(404) },
});

export const resetUserSecondFactorRoute = createRoute({
  method: 'post',
  path: '/api/users/{id}/second-factor/reset',
  tags: ['users'],
  summary: "Remove a user's second factor and recovery codes (a lost phone); ends their sessions",
  request: { params: IdParams },
  responses: { 204: { description: 'Reset.' }, ...errors(404) },
});

export const listUserTokensRoute = createRoute({
  method: 'get',
  path: '/api/users/{id}/api-tokens',
  tags: ['users'],
  summary: "A user's API tokens, newest first (for an administrator; never the secrets)",
  request: { params: IdParams },
  responses: { 200: json(ApiTokenListResponse, 'Tokens, newest first.'), ...errors(404) },
});

export const revokeUserTokensRoute = createRoute({
  method: 'delete',
  path: '/api/users/{id}/api-tokens',
  tags: ['users'],
  summary: "Revoke all of a user's API tokens",
  request: { params: IdParams },
  responses: { 200: json(RevokedTokensResponse, 'Revoked.'), ...errors(404) },
});

export const revokeUserTokenRoute = createRoute({
  method: 'delete',
  path: '/api/users/{id}/api-tokens/{tokenId}',
  tags: ['users'],
  summary: "Revoke one of a user's API tokens",
  request: { params: UserTokenParams },
  responses: { 204: { description: 'Revoked.' }, ...errors(404) },
});
