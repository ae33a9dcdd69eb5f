import { z } from '@hono/zod-openapi';
import { Locale, Timestamp, Uuid } from './common.ts';

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
    /** The chain: this event's hash over its content and the previous event's hash. */
    prevHash: z.string(),
    hash: z.string(),
    /** Names instead of ids (a person by code only, never a name); null where none is known. */
    actorUserName: z.string().nullable(),
    actorOrganisationName: z.string().nullable(),
    /** The entity as a reader knows it: a person's code, an organisation's or a user's name. */
    entityLabel: z.string().nullable(),
    /** The person's id when the reader may open the record (the record-level policy decides). */
    entityPersonId: Uuid.nullable(),
  })
  .openapi('AuditEvent');

/** The filters the list and the export share. */
const auditFilters = {
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  /** The person an event is about, by code (any case). */
  personCode: z.string().trim().max(40).optional(),
  actorUserId: Uuid.optional(),
  actorOrganisationId: Uuid.optional(),
  from: Timestamp.optional(),
  to: Timestamp.optional(),
};

export const AuditListQuery = z.object({
  ...auditFilters,
  beforeSeq: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

/** The export: every match up to 10 000 events, with actions in the reader's language. */
export const AuditExportQuery = z.object({ ...auditFilters, locale: Locale.optional() });

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
