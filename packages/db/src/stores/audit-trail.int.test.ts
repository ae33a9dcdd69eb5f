import { randomBytes } from 'node:crypto';
import {
  type AuditCheckpoint,
  type AuditEvent,
  type AuditKeys,
  createAuditKeys,
  hashAuditEvent,
  macAuditEvent,
  makeAuditCheckpoint,
  type Store,
  verifyAuditTrail,
} from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import type { Database } from '../schema.ts';
import { describeEachBackend } from '../testing/describe-each-backend.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { anAuditEvent } from '../testing/test-fixtures.ts';

/**
 * The keyed chain and signed checkpoints against an insider with database access: each attack
 * the review found (newest events deleted, everything deleted, a forged event appended, one
 * event rewritten and the rest re-hashed) is made on the real database, as the table's owner,
 * and verification against a checkpoint made before it names what happened.
 */
const keys = createAuditKeys(randomBytes(32));
const wrongKey = createAuditKeys(randomBytes(32));

/** The table owner switches maintenance on, as an attacker holding the owner's password would. */
async function asOwnerInMaintenance(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<unknown>) {
  await db.transaction().execute(async (trx) => {
    await sql`set local opennrm.audit_maintenance = 'on'`.execute(trx);
    await work(trx);
  });
}

function rowOf(e: AuditEvent) {
  return {
    seq: e.seq,
    at: e.at,
    actor_user_id: e.actorUserId,
    actor_organisation_id: e.actorOrganisationId,
    actor_roles: e.actorRoles,
    action: e.action,
    entity_type: e.entityType,
    entity_id: e.entityId,
    client_ip: e.clientIp,
    request_id: e.requestId,
    details: JSON.stringify(e.details),
    prev_hash: e.prevHash,
    hash: e.hash,
    hash_version: e.hashVersion,
  };
}

/** A correctly chained event as someone without the audit key makes it: SHA-256, or another key. */
function forge(seq: number, prevHash: string, forgeWith: AuditKeys | null, details: Record<string, unknown>) {
  const content = anAuditEvent({ action: 'person.reveal', details });
  const hash = forgeWith
    ? macAuditEvent(forgeWith, seq, prevHash, content)
    : hashAuditEvent(seq, prevHash, content);
  return { ...content, seq, prevHash, hash, hashVersion: forgeWith ? 2 : 1 } as AuditEvent;
}

describeEachBackend('audit trail: keyed chain and checkpoints', (open) => {
  let t: TestDatabase;
  let store: Store;
  let checkpoint: AuditCheckpoint;

  beforeEach(async () => {
    t = await open();
    store = createStore(t.db, { auditKeys: keys });
    for (let i = 1; i <= 10; i++) await store.audit.append(anAuditEvent({ details: { i } }));
    const made = await makeAuditCheckpoint(store.audit, keys, new Date());
    if (!made.ok) throw new Error(made.report.problem?.message);
    checkpoint = made.checkpoint;
  });
  afterEach(() => t?.close());

  const verify = async () => verifyAuditTrail(store.audit, [checkpoint]);

  it('passes an untouched log (that grew after the checkpoint), writing every new event keyed', async () => {
    await store.audit.append(anAuditEvent({ details: { i: 11 } }));
    const report = await verify();
    expect(report).toMatchObject({
      ok: true,
      checkpoints: 1,
      chain: { checked: 11, unkeyed: 0 },
      problem: null,
    });
    const versions = await t.db.selectFrom('audit_events').select('hash_version').distinct().execute();
    expect(versions).toEqual([{ hash_version: 2 }]);
    expect(checkpoint.seq).toBe(10);
  });

  it('names the newest events deleted', async () => {
    await asOwnerInMaintenance(t.db, (trx) => trx.deleteFrom('audit_events').where('seq', '>', 7).execute());
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.problem).toMatchObject({ kind: 'truncated', seq: 8 });
    expect(report.problem?.message).toContain('ends at event 7');
    expect(report.problem?.message).toContain('the newest 3 events were deleted');
  });

  it('names every event deleted', async () => {
    await asOwnerInMaintenance(t.db, (trx) => sql`truncate audit_events`.execute(trx));
    const report = await verify();
    expect(report.problem).toMatchObject({ kind: 'truncated', seq: 1 });
    expect(report.problem?.message).toContain('The audit log is empty');
    expect(report.problem?.message).toContain('vouches for 10 events: all of them were deleted');
  });

  it.each([
    ['SHA-256', null, 'unkeyed hash after keyed events'],
    ['an HMAC under another key', wrongKey, 'HMAC does not match'],
  ] as const)(
    'names a forged event appended with %s, correctly chained (a plain INSERT, no maintenance needed)',
    async (_name, forgeWith, says) => {
      const [last] = await store.audit.list({ limit: 1 });
      await t.db
        .insertInto('audit_events')
        .values(rowOf(forge(11, last!.hash, forgeWith, { forged: true })))
        .execute();
      const report = await verify();
      expect(report.problem).toMatchObject({ kind: 'altered', seq: 11 });
      expect(report.problem?.message).toContain('Event 11 was altered or forged');
      expect(report.problem?.message).toContain(says);
    },
  );

  it('names one event rewritten and the rest re-hashed with another key', async () => {
    const events = await store.audit.scan(0, 100);
    let prevHash = events[3]!.prevHash;
    await asOwnerInMaintenance(t.db, async (trx) => {
      await trx.deleteFrom('audit_events').where('seq', '>=', 4).execute();
      for (const e of events.slice(3)) {
        const details = e.seq === 4 ? { i: 4, rewritten: true } : e.details;
        const hash = macAuditEvent(wrongKey, e.seq, prevHash, { ...e, details });
        await trx
          .insertInto('audit_events')
          .values(rowOf({ ...e, details, prevHash, hash }))
          .execute();
        prevHash = hash;
      }
    });
    const report = await verify();
    expect(report.problem).toMatchObject({ kind: 'altered', seq: 4 });
    expect(report.problem?.message).toContain('Event 4 was altered or forged');
    expect(report.chain).toMatchObject({ checked: 3, lastSeq: 3 });
  });

  it('names a log rewritten from the first event and re-hashed the old, unkeyed way (the checkpoint differs)', async () => {
    const events = await store.audit.scan(0, 100);
    let prevHash = events[0]!.prevHash;
    await asOwnerInMaintenance(t.db, async (trx) => {
      await trx.deleteFrom('audit_events').execute();
      for (const e of events) {
        const details = e.seq === 2 ? { i: 2, rewritten: true } : e.details;
        const hash = hashAuditEvent(e.seq, prevHash, { ...e, details });
        await trx
          .insertInto('audit_events')
          .values(rowOf({ ...e, details, prevHash, hash, hashVersion: 1 }))
          .execute();
        prevHash = hash;
      }
    });
    const report = await verify();
    expect(report.chain.ok).toBe(true); // only the checkpoint can tell
    expect(report.problem).toMatchObject({ kind: 'rewritten', seq: 10 });
    expect(report.problem?.message).toContain('Event 10 is not the event the checkpoint');
  });

  it('continues a chain written before the audit key: old events keep hash version 1 and verify', async () => {
    const t2 = await open();
    try {
      const before = createStore(t2.db); // a release without the key
      for (let i = 1; i <= 3; i++) await before.audit.append(anAuditEvent({ details: { i } }));
      const after = createStore(t2.db, { auditKeys: keys });
      for (let i = 4; i <= 5; i++) await after.audit.append(anAuditEvent({ details: { i } }));
      const events = await after.audit.scan(0, 10);
      expect(events.map((e) => e.hashVersion)).toEqual([1, 1, 1, 2, 2]);
      expect(events[3]!.prevHash).toBe(events[2]!.hash);
      const made = await makeAuditCheckpoint(after.audit, keys, new Date());
      expect(made).toMatchObject({ ok: true, report: { checked: 5, unkeyed: 3 } });
      // A process without the key must not append an unkeyed event after keyed ones.
      await expect(before.audit.append(anAuditEvent())).rejects.toThrow(/no audit key/);
    } finally {
      await t2.close();
    }
  });
});
