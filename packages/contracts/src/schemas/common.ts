import { z } from '@hono/zod-openapi';
import { errorCodes } from '@opennrm/core/vocabulary';

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string().openapi({ description: 'What went wrong and what to do, in plain words.' }),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

export const Uuid = z.uuid();
export const IdParams = z.object({ id: Uuid.openapi({ param: { name: 'id', in: 'path' } }) });
export const Timestamp = z.iso.datetime().openapi({ example: '2026-01-15T09:00:00.000Z' });
export const Locale = z.enum(['en', 'az', 'ru']).openapi('Locale');

/** Trimmed text with a length cap: every free-text field has one. */
export function text(max: number, min = 1) {
  return z.string().trim().min(min).max(max);
}

/** An opaque position in a list (keyset paging): the `nextCursor` of the page before. */
export const PageCursor = z
  .string()
  .max(400)
  .regex(/^[A-Za-z0-9_-]+$/, 'a cursor returned by the previous page');
