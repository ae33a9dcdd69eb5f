import type { z } from '@hono/zod-openapi';
import { ErrorBody } from '../schemas/common.ts';

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } } as const;
}

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

const errorDescriptions = {
  400: 'Malformed request (bad JSON, unknown or wrongly typed fields, text with NUL or invalid Unicode).',
  401: 'Not signed in, or the session or token has ended.',
  403: 'Not allowed for your role, or the CSRF token is missing.',
  404: 'Not found, or outside what you may see.',
  409: 'Conflicts with the current state (a duplicate, a transition not allowed now).',
  413: 'The body is too large.',
  415: 'The body is not JSON.',
  422: 'Well-formed but not acceptable (a rule of the domain refused it).',
  423: 'The account is temporarily locked.',
  429: 'Too many attempts; wait and try again.',
} as const;

type ErrorStatus = keyof typeof errorDescriptions;

/** The error responses a route can give; every one has the same body. */
export function errors(...statuses: ErrorStatus[]) {
  const all: ErrorStatus[] = [400, 401, 403, ...statuses];
  return Object.fromEntries(
    [...new Set(all)].map((s) => [
      s,
      { description: errorDescriptions[s], content: { 'application/json': { schema: ErrorBody } } },
    ]),
  ) as Record<
    ErrorStatus,
    { description: string; content: { 'application/json': { schema: typeof ErrorBody } } }
  >;
}

/** Routes that need no credentials say so; everything else requires a session or a token. */
export const publicRoute = { security: [] as Record<string, string[]>[] };
