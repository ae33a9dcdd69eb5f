import type { ErrorCode } from '@opennrm/core';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The one table from error codes to HTTP statuses. */
export const errorStatus: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  validation_failed: 422,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  locked: 423,
  rate_limited: 429,
  internal: 500,
  busy: 503,
};

/** The reverse, for errors raised by the framework with only a status. */
export function codeForStatus(status: number): ErrorCode {
  const found = (Object.entries(errorStatus) as [ErrorCode, number][]).find(([, s]) => s === status);
  if (found) return found[0];
  return status >= 500 ? 'internal' : 'bad_request';
}
