import { ApiError } from './api-error.ts';

/**
 * The one way the web app talks to the server: same-origin cookies, JSON both ways, the CSRF
 * token on every state-changing request, and the error body turned into an `ApiError`.
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

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | null | undefined>;
  /** Sign-in and the session probe expect 401 as an answer, not as "session expired". */
  ignoreUnauthenticated?: boolean;
  signal?: AbortSignal;
}

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause));
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const body = (data as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
    const code = typeof body?.code === 'string' ? body.code : statusCode(response.status);
    const message = typeof body?.message === 'string' ? body.message : response.statusText;
    const error = new ApiError(response.status, code, message, body?.details);
    if (response.status === 401 && !options.ignoreUnauthenticated) onUnauthenticated?.();
    throw error;
  }
  return data as T;
}

/** A code for answers without a JSON body (a proxy's 502, for instance). */
function statusCode(status: number): string {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  return status >= 500 ? 'internal' : 'bad_request';
}
