import type { Hook } from '@hono/zod-openapi';
import { findUnstorableText } from '@opennrm/contracts';
import { sendError } from '../errors/error-response.ts';
import type { AppEnv } from './server-env.ts';

/**
 * Schema failures (wrong types, unknown fields, missing fields) become 400 with the issues
 * by field path, so forms can show each message next to its field.
 */
const targetNames: Record<string, string> = { json: 'request body', query: 'query string', param: 'path' };

// biome-ignore lint/suspicious/noExplicitAny: the hook is shared by every route's input types
export const validationHook: Hook<any, AppEnv, any, any> = (result, c) => {
  const where = targetNames[result.target] ?? result.target;
  if (result.success) {
    // Every route's every validated part, new routes included: text PostgreSQL cannot store.
    const found = findUnstorableText(result.data);
    if (!found) return;
    const path = found.path.join('.');
    return sendError(
      c,
      'bad_request',
      `The ${where} is not valid${path ? ` (${path})` : ''}: ${found.message}`,
      { target: result.target, issues: [{ path, code: 'unstorable_text', message: found.message }] },
    );
  }
  const issues = result.error.issues.map((i) => ({
    path: i.path.join('.'),
    code: i.code,
    message: i.message,
  }));
  const first = issues[0];
  const field = first?.path ? ` (${first.path})` : '';
  return sendError(
    c,
    'bad_request',
    `The ${where} is not valid${field}: ${first?.message ?? 'unknown problem'}.`,
    {
      target: result.target,
      issues,
    },
  );
};
