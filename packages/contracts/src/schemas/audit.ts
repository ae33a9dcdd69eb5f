import { z } from '@hono/zod-openapi';
import { Timestamp, Uuid } from './common.ts';

export const AuditEvent = z
  .object({
    seq: z.int(),
    at: Timestamp,
    actorUserId: Uuid.nullable(),
    actorOrganisationId: Uuid.nullable(),
    actorRoles: z.array(z.string()),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    clientIp: z.string().nullable(),
    requestId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    hash: z.string(),
  })
  .openapi('AuditEvent');

export const AuditListQuery = z.object({
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  actorUserId: Uuid.optional(),
  from: Timestamp.optional(),
  to: Timestamp.optional(),
  beforeSeq: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const AuditListResponse = z.object({
  events: z.array(AuditEvent),
  /** The next page's cursor (pass it as `beforeSeq`); null on the last page. */
  nextBeforeSeq: z.int().nullable(),
  /** On the first page only (null after): events counted up to 10 000, `totalMore` beyond. */
  total: z.int().nullable(),
  totalMore: z.boolean(),
});

export const ChainReport = z
  .object({
    ok: z.boolean(),
    checked: z.int(),
    lastSeq: z.int(),
    problem: z
      .object({ kind: z.enum(['altered', 'inserted', 'deleted']), seq: z.int(), message: z.string() })
      .nullable(),
  })
  .openapi('ChainReport');

export const Health = z
  .object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), version: z.string() })
  .openapi('Health');
