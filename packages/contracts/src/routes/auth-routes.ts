import { createRoute } from '@hono/zod-openapi';
import {
  OidcCallbackQuery,
  SecondFactorSignInBody,
  SecondFactorStep,
  SignedOutAtProvider,
  SignInBody,
  SingleSignOnInfo,
} from '../schemas/auth.ts';
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
  summary: 'End this session (and say where to sign out at the identity provider, if signed in there)',
  responses: {
    200: json(SignedOutAtProvider, 'Signed out here; send the browser to the provider to sign out there.'),
    204: { description: 'Signed out.' },
    ...errors(),
  },
});

export const signOutEverywhereRoute = createRoute({
  method: 'post',
  path: '/api/auth/sign-out-everywhere',
  tags: ['auth'],
  summary: 'End every session of this user on every device',
  responses: { 204: { description: 'All sessions ended.' }, ...errors() },
});

export const singleSignOnRoute = createRoute({
  method: 'get',
  path: '/api/auth/single-sign-on',
  tags: ['auth'],
  summary: 'Whether sign-in through an identity provider is offered, and its name',
  ...publicRoute,
  responses: { 200: json(SingleSignOnInfo, 'The provider, or null.'), ...errors() },
});

const toProvider = { description: 'To the identity provider, or back to the sign-in page with an error.' };

export const oidcStartRoute = createRoute({
  method: 'get',
  path: '/api/auth/oidc/start',
  tags: ['auth'],
  summary: 'Leave for the identity provider (authorization code with PKCE, state and nonce)',
  ...publicRoute,
  responses: { 302: toProvider, ...errors(404) },
});

export const oidcCallbackRoute = createRoute({
  method: 'get',
  path: '/api/auth/oidc/callback',
  tags: ['auth'],
  summary: "The identity provider's answer: signs in and goes to the app, or back to sign-in with the reason",
  ...publicRoute,
  request: { query: OidcCallbackQuery },
  responses: { 302: { description: 'Signed in (to /), or refused (to /sign-in?error=).' }, ...errors(404) },
});
