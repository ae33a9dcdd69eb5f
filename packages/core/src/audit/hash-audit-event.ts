import { createHash } from 'node:crypto';
import type { AuditEventInput } from '../model.ts';

/** The previous hash of the first event in the chain. */
export const genesisHash = '0'.repeat(64);

/**
 * JSON with object keys sorted at every level: PostgreSQL's jsonb reorders keys, so the hash
 * must not depend on their order.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * SHA-256 over the event's content, its position and the previous event's hash. Changing,
 * inserting, deleting or reordering any event breaks every hash after it.
 */
export function hashAuditEvent(seq: number, prevHash: string, event: AuditEventInput): string {
  const body = canonicalJson({
    seq,
    prevHash,
    at: event.at.toISOString(),
    actorUserId: event.actorUserId,
    actorOrganisationId: event.actorOrganisationId,
    actorRoles: event.actorRoles,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    clientIp: event.clientIp,
    requestId: event.requestId,
    details: event.details,
  });
  return createHash('sha256').update(body).digest('hex');
}
