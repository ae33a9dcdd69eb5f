import createClient from 'openapi-fetch';
import { ApiError } from './api-error.ts';
import type { paths } from './generated/openapi.d.ts';

/**
 * The one way the web app talks to the server: same-origin cookies, JSON both ways, the CSRF
 * token on every state-changing request, and the error body turned into an `ApiError`. Paths,
 * parameters, bodies and answers are typed by the server's own OpenAPI document
 * (generated/openapi.d.ts), so a route that changes breaks the build, not the user.
 */

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Set from GET /api/me or the sign-in answer; cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The app registers where a 401 leads (back to sign-in); the client itself knows no routes. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/** Empty filters are left out rather than sent blank, which the server would refuse or match. */
function queryString(query: Record<string, unknown> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

/** For links the browser follows itself (file downloads), with the same query rules. */
export function buildUrl(path: string, query?: Record<string, unknown>): string {
  const qs = queryString(query);
  return qs ? `${path}?${qs}` : path;
}

/** Typed by the generated paths: `api.GET('/api/persons/{id}', { params: { path: { id } } })`. */
export const api = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  headers: { Accept: 'application/json' },
  querySerializer: queryString,
  // Looked up at each call, not captured once, so a test or a polyfill can replace it.
  fetch: (request) => globalThis.fetch(request),
});

api.use({
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
});

export interface CallOptions {
  /** Sign-in and the session probe expect 401 as an answer, not as "session expired". */
  ignoreUnauthenticated?: boolean;
}

/**
 * The answer's data, or an `ApiError` with the server's code, message and details (a network
 * failure is status 0, code 'network'; an abort stays an AbortError for TanStack Query).
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
  options: CallOptions = {},
): Promise<T> {
  let answer: Awaited<typeof call>;
  try {
    answer = await call;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause));
  }
  const { data, error, response } = answer;
  if (response.ok) return data as T;
  const body = (error as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  const code = typeof body?.code === 'string' ? body.code : statusCode(response.status);
  const message = typeof body?.message === 'string' ? body.message : response.statusText;
  if (response.status === 401 && !options.ignoreUnauthenticated) onUnauthenticated?.();
  throw new ApiError(response.status, code, message, body?.details);
}

/** A code for answers without a JSON body (a proxy's 502, for instance). */
function statusCode(status: number): string {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  return status >= 500 ? 'internal' : 'bad_request';
}
