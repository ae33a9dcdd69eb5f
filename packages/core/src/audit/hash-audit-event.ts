import { createHash } from 'node:crypto';
import type { AuditEventInput, AuditHashVersion } from '../model.ts';
import type { AuditKeys } from './audit-keys.ts';

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
 * Hash version 1: SHA-256 over the event's content, its position and the previous event's hash.
 * Changing, inserting, deleting or reordering any event breaks every hash after it, but anyone
 * with database access can recompute the hashes after a rewrite: events written before the
 * audit key existed keep it, and the keyed chain continues from their last hash.
 */
export function hashAuditEvent(seq: number, prevHash: string, event: AuditEventInput): string {
  return createHash('sha256')
    .update(linkBody(seq, prevHash, event))
    .digest('hex');
}

/**
 * Hash version 2: HMAC-SHA256 under the audit key, which is not in the database, so a person
 * with database access cannot forge an event or re-hash the chain after a rewrite. The version
 * is part of the body, so a MAC cannot be replayed as another version.
 */
export function macAuditEvent(
  keys: AuditKeys,
  seq: number,
  prevHash: string,
  event: AuditEventInput,
): string {
  return keys.macLink(linkBody(seq, prevHash, event, 2));
}

/** The link an append writes: keyed when this process holds the audit key. */
export function linkAuditEvent(
  keys: AuditKeys | null,
  seq: number,
  prevHash: string,
  event: AuditEventInput,
): { hash: string; hashVersion: AuditHashVersion } {
  if (keys) return { hash: macAuditEvent(keys, seq, prevHash, event), hashVersion: 2 };
  return { hash: hashAuditEvent(seq, prevHash, event), hashVersion: 1 };
}

function linkBody(seq: number, prevHash: string, event: AuditEventInput, hashVersion?: 2): string {
  return canonicalJson({
    hashVersion,
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
}
