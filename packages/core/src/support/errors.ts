/**
 * Domain errors. Each carries a stable code; the server maps codes to HTTP statuses in one
 * table (packages/server/src/errors/error-status.ts).
 */
export const errorCodes = [
  'bad_request',
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'invalid_transition',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'locked',
  'csrf_failed',
  'internal',
  /** The server is at capacity (database pool full, a statement over its time): retry shortly. */
  'busy',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function forbidden(message = 'You are not allowed to do this.'): DomainError {
  return new DomainError('forbidden', message);
}

export function notFound(what: string): DomainError {
  return new DomainError('not_found', `${what} was not found.`);
}

export function conflict(message: string, details?: unknown): DomainError {
  return new DomainError('conflict', message, details);
}

export function invalid(message: string, details?: unknown): DomainError {
  return new DomainError('validation_failed', message, details);
}
