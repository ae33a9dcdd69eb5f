import type { ErrorCode } from './types.ts';

/** An error answer of the API (`{"error":{code,message,details}}`), or a network failure. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'network' | string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/**
 * Field-level messages from a `validation_failed` answer. The server's exact shape is not fixed
 * yet, so the common ones are accepted: zod issues (`[{path, message}]` or `{issues: [...]}`),
 * zod's flatten (`{fieldErrors: {name: [msg]}}`), a plain `{name: msg | msg[]}` map, and the
 * domain's `{fields: {name: code}}` (a code such as 'required'; see useFieldErrors).
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error) || error.details == null) return {};
  const result: Record<string, string> = {};
  const addIssue = (issue: unknown) => {
    if (typeof issue !== 'object' || issue === null) return;
    const { path, message } = issue as { path?: unknown; message?: unknown };
    const key = Array.isArray(path) ? path.join('.') : typeof path === 'string' ? path : '';
    if (key && typeof message === 'string' && !(key in result)) result[key] = message;
  };
  const addMap = (map: unknown) => {
    if (typeof map !== 'object' || map === null || Array.isArray(map)) return;
    for (const [key, value] of Object.entries(map)) {
      const first = Array.isArray(value) ? value[0] : value;
      if (typeof first === 'string' && !(key in result)) result[key] = first;
    }
  };
  const details = error.details as Record<string, unknown> | unknown[];
  if (Array.isArray(details)) details.forEach(addIssue);
  else {
    if (Array.isArray(details.issues)) details.issues.forEach(addIssue);
    if (details.fieldErrors) addMap(details.fieldErrors);
    if (details.fields) addMap(details.fields);
    if (!details.issues && !details.fieldErrors && !details.fields) addMap(details);
  }
  return result;
}
