import { createRoute } from '@hono/zod-openapi';
import { SecondFactorSignInBody, SecondFactorStep, SignInBody } from '../schemas/auth.ts';
import { Me } from '../schemas/user.ts';
import { errors, json, jsonBody, publicRoute } from './route-helpers.ts';

export const signInRoute = createRoute({
  method: 'post',
  path: '/api/auth/sign-in',
  tags: ['auth'],
  summary: 'Sign in with email and password; sets the session cookie',
  ...publicRoute,
  request: { body: jsonBody(SignInBody) },
  responses: {
    200: json(Me, 'Signed in.'),
    202: json(SecondFactorStep, 'The password is right; send the second factor next.'),
    ...errors(413, 415, 423, 429),
  },
});

export const secondFactorSignInRoute = createRoute({
  method: 'post',
  path: '/api/auth/second-factor',
  tags: ['auth'],
  summary: 'Complete a sign-in with the code of the authenticator app or a recovery code',
  ...publicRoute,
  request: { body: jsonBody(SecondFactorSignInBody) },
  responses: { 200: json(Me, 'Signed in.'), ...errors(413, 415, 423, 429) },
});

export const signOutRoute = createRoute({
  method: 'post',
  path: '/api/auth/sign-out',
  tags: ['auth'],
  summary: 'End this session',
  responses: { 204: { description: 'Signed out.' }, ...errors() },
});

export const signOutEverywhereRoute = createRoute({
  method: 'post',
  path: '/api/auth/sign-out-everywhere',
  tags: ['auth'],
  summary: 'End every session of this user on every device',
  responses: { 204: { description: 'All sessions ended.' }, ...errors() },
});
