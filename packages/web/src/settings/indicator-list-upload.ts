import { ApiError } from '../api/api-error.ts';

export interface UploadProblem {
  path: string;
  message: string;
}

/** The file's text as a JSON object, or null when it is not JSON or not an object. */
export function parseListFile(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The validation problems the server lists in error.details.problems, if any. */
export function uploadProblems(error: unknown): UploadProblem[] {
  if (!(error instanceof ApiError)) return [];
  const problems = (error.details as { problems?: unknown } | null | undefined)?.problems;
  if (!Array.isArray(problems)) return [];
  return problems.flatMap((p: unknown) => {
    if (p === null || typeof p !== 'object') return [];
    const { path, message } = p as { path?: unknown; message?: unknown };
    if (typeof message !== 'string') return [];
    return [{ path: typeof path === 'string' ? path : Array.isArray(path) ? path.join('.') : '', message }];
  });
}
