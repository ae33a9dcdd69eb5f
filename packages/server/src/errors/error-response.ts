import { DomainError, type ErrorCode } from '@opennrm/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { createLogger } from '../observability/create-logger.ts';
import { codeForStatus, errorStatus } from './error-status.ts';

export function errorBody(code: ErrorCode, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export function sendError(c: Context, code: ErrorCode, message: string, details?: unknown): Response {
  if (
    (code === 'rate_limited' || code === 'busy') &&
    details &&
    typeof details === 'object' &&
    'retryAfterSeconds' in details
  ) {
    c.header('Retry-After', String((details as { retryAfterSeconds: number }).retryAfterSeconds));
  }
  return c.json(errorBody(code, message, details), errorStatus[code]);
}

/**
 * Turns anything thrown into the error body. Domain errors carry their code; framework errors
 * their status; anything else is a bug: logged with the request id, answered without internals.
 */
export function handleError(error: unknown, c: Context): Response {
  if (error instanceof DomainError) return sendError(c, error.code, error.message, error.details);
  if (error instanceof HTTPException) {
    const code = codeForStatus(error.status);
    const message =
      error.status === 400 && /JSON/i.test(error.message)
        ? 'The body is not valid JSON.'
        : error.status === 415
          ? 'Send the body as JSON with Content-Type: application/json.'
          : error.message;
    return sendError(c, code, message || 'The request was refused.');
  }
  if (isOverload(error)) {
    // Back-pressure: a full pool or a statement past its time answers at once, and the client
    // comes back after Retry-After, instead of requests queueing without end.
    c.get('log')?.warn({ err: error }, 'http.busy');
    return sendError(c, 'busy', 'The server is busy. Try again in a moment.', { retryAfterSeconds: 2 });
  }
  if (error instanceof Error && /PayloadTooLarge|Body too large/i.test(error.name + error.message)) {
    return sendError(c, 'payload_too_large', 'The body is too large.');
  }
  // Its class, code and frames with the request id (never its message: it may quote input).
  (c.get('log') ?? createLogger()).error({ err: error }, 'http.unhandled_error');
  return sendError(
    c,
    'internal',
    'Something went wrong on the server. The error was logged; quote the request id.',
    {
      requestId: c.get('requestId'),
    },
  );
}

/**
 * Overload, not a bug: pg's pool gave up waiting for a connection (connectionTimeoutMillis), or
 * PostgreSQL cancelled a statement at its statement_timeout (SQLSTATE 57014).
 */
export function isOverload(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (/timeout exceeded when trying to connect/i.test(error.message)) return true;
  return (error as { code?: unknown }).code === '57014';
}
