import {
  type AuditEvent,
  type AuditFilter,
  type AuditKeys,
  type AuditStore,
  genesisHash,
  linkAuditEvent,
} from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { AuditEventRow, Database } from '../schema.ts';
import { inTransaction } from './in-transaction.ts';
import { storableJson } from './storable-json.ts';

/** Serializes appends across every process using this database. Any constant works. */
const auditAppendLockKey = 7_316_002;

/** `keys`: the audit key (keyed chain, hash version 2); null only where the key is never seen (tests). */
export function createAuditStore(db: Kysely<Database>, keys: AuditKeys | null = null): AuditStore {
  return {
    keys,
    async append(input) {
      // Object keys of details need no care (canonicalJson sorts them), but its values must be
      // what jsonb will give back, or the stored hash could never be verified.
      const event = { ...input, details: storableJson(input.details) as Record<string, unknown> };
      return inTransaction(db, async (trx) => {
        // One writer at a time: seq is max+1 and the hash chains to the previous row, so two
        // concurrent appends must not both read the same "last" event. The lock is released at
        // commit, after which the next writer sees this row (under READ COMMITTED, the default:
        // each statement after the lock takes a fresh snapshot).
        await sql`select pg_advisory_xact_lock(${auditAppendLockKey})`.execute(trx);
        const last = await trx
          .selectFrom('audit_events')
          .select(['seq', 'hash', 'hash_version'])
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirst();
        if (!keys && last?.hash_version === 2) {
          // An unkeyed event after keyed ones is what a forger writes: verification would flag it.
          throw new Error('The audit log is keyed: this process has no audit key to append to it.');
        }
        const seq = (last ? Number(last.seq) : 0) + 1;
        const prevHash = last?.hash ?? genesisHash;
        const { hash, hashVersion } = linkAuditEvent(keys, seq, prevHash, event);
        await trx
          .insertInto('audit_events')
          .values({
            seq,
            at: event.at,
            actor_user_id: event.actorUserId,
            actor_organisation_id: event.actorOrganisationId,
            actor_roles: event.actorRoles,
            action: event.action,
            entity_type: event.entityType,
            entity_id: event.entityId,
            client_ip: event.clientIp,
            request_id: event.requestId,
            details: JSON.stringify(event.details),
            prev_hash: prevHash,
            hash,
            hash_version: hashVersion,
          })
          .execute();
        return { ...event, seq, prevHash, hash, hashVersion };
      });
    },

    async list(filter) {
      let query = matching(db, filter).selectAll().orderBy('seq', 'desc').limit(filter.limit);
      if (filter.beforeSeq !== undefined) query = query.where('seq', '<', filter.beforeSeq);
      return (await query.execute()).map(toAuditEvent);
    },

    async count(filter, cap) {
      const capped = matching(db, filter)
        .select(sql.lit(1).as('one'))
        .limit(cap + 1);
      const row = await db
        .selectFrom(capped.as('capped'))
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const n = Number(row.n);
      return n > cap ? { count: cap, more: true } : { count: n, more: false };
    },

    async scan(afterSeq, limit) {
      const rows = await db
        .selectFrom('audit_events')
        .selectAll()
        .where('seq', '>', afterSeq)
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map(toAuditEvent);
    },
  };
}

function matching(db: Kysely<Database>, filter: Omit<AuditFilter, 'beforeSeq' | 'limit'>) {
  let query = db.selectFrom('audit_events');
  if (filter.actorUserId) query = query.where('actor_user_id', '=', filter.actorUserId);
  if (filter.actorOrganisationId)
    query = query.where('actor_organisation_id', '=', filter.actorOrganisationId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<=', filter.to);
  return query;
}

function toAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    seq: Number(row.seq),
    at: row.at,
    actorUserId: row.actor_user_id,
    actorOrganisationId: row.actor_organisation_id,
    actorRoles: row.actor_roles,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    clientIp: row.client_ip,
    requestId: row.request_id,
    details: row.details,
    prevHash: row.prev_hash,
    hash: row.hash,
    hashVersion: row.hash_version as AuditEvent['hashVersion'],
  };
}
