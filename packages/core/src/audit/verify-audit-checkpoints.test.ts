import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AuditEvent, AuditEventInput } from '../model.ts';
import { createMemoryStore } from '../testing/memory-store.ts';
import { type AuditKeys, createAuditKeys } from './audit-keys.ts';
import { genesisHash, hashAuditEvent, macAuditEvent } from './hash-audit-event.ts';
import { makeAuditCheckpoint } from './make-audit-checkpoint.ts';
import { signAuditCheckpoint } from './sign-audit-checkpoint.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';
import { verifyAuditTrail } from './verify-audit-checkpoints.ts';

const keys = createAuditKeys(Buffer.alloc(32, 3));
const wrongKey = createAuditKeys(randomBytes(32));
const at = new Date('2026-02-01T12:00:00.000Z');

const input = (i: number): AuditEventInput => ({
  at: new Date(Date.UTC(2026, 0, 15, 9, i)),
  actorUserId: null,
  actorOrganisationId: null,
  actorRoles: ['case_worker'],
  action: 'person.revealed',
  entityType: 'person',
  entityId: `p${i}`,
  clientIp: '192.0.2.1',
  requestId: `r${i}`,
  details: { i },
});

/** `legacy` events hashed the old way (before the key), then `keyed` ones continuing the chain. */
async function chain(keyed: number, legacy = 0) {
  const old = createMemoryStore();
  for (let i = 1; i <= legacy; i++) await old.audit.append(input(i));
  const store = createMemoryStore({ auditKeys: keys });
  store.tables.audit.push(...old.tables.audit);
  for (let i = legacy + 1; i <= legacy + keyed; i++) await store.audit.append(input(i));
  return store;
}

/** What an insider writes: correctly chained links, but without the audit key. */
function relink(rows: AuditEvent[], from: number, forgeWith: AuditKeys | null): void {
  for (const row of rows.filter((r) => r.seq >= from)) {
    row.prevHash = rows.find((r) => r.seq === row.seq - 1)?.hash ?? genesisHash;
    row.hashVersion = forgeWith ? 2 : 1;
    row.hash = forgeWith
      ? macAuditEvent(forgeWith, row.seq, row.prevHash, row)
      : hashAuditEvent(row.seq, row.prevHash, row);
  }
}

describe('verifyAuditChain with the audit key', () => {
  it('verifies a keyed chain, and one that continues keyed after events hashed the old way', async () => {
    expect(await verifyAuditChain((await chain(5)).audit)).toMatchObject({
      ok: true,
      checked: 5,
      unkeyed: 0,
    });
    const upgraded = await chain(4, 3);
    expect(upgraded.tables.audit.map((e) => e.hashVersion)).toEqual([1, 1, 1, 2, 2, 2, 2]);
    expect(upgraded.tables.audit[3]!.prevHash).toBe(upgraded.tables.audit[2]!.hash);
    expect(await verifyAuditChain(upgraded.audit)).toMatchObject({ ok: true, checked: 7, unkeyed: 3 });
  });

  it('catches a forged event appended with a correct SHA-256 link after keyed events', async () => {
    const store = await chain(5);
    store.tables.audit.push({ ...input(6), seq: 6, prevHash: '', hash: '', hashVersion: 1 });
    relink(store.tables.audit, 6, null);
    const report = await verifyAuditChain(store.audit);
    expect(report).toMatchObject({ ok: false, lastSeq: 5, problem: { kind: 'altered', seq: 6 } });
    expect(report.problem?.message).toContain('unkeyed hash after keyed events');
  });

  it('catches a forged event appended with an HMAC under another key', async () => {
    const store = await chain(5);
    store.tables.audit.push({ ...input(6), seq: 6, prevHash: '', hash: '', hashVersion: 2 });
    relink(store.tables.audit, 6, wrongKey);
    expect((await verifyAuditChain(store.audit)).problem).toMatchObject({
      kind: 'altered',
      seq: 6,
      message: expect.stringContaining('HMAC does not match'),
    });
  });

  it('catches one event rewritten and every later one re-hashed with another key, at the rewritten one', async () => {
    const store = await chain(8);
    store.tables.audit[2]!.details = { i: 3, forged: true };
    relink(store.tables.audit, 3, wrongKey);
    expect((await verifyAuditChain(store.audit)).problem).toMatchObject({ kind: 'altered', seq: 3 });
  });

  it('refuses to vouch for keyed events without the key', async () => {
    const store = await chain(2);
    await expect(verifyAuditChain(store.audit, { keys: null })).rejects.toThrow(
      /verify it with the audit key/,
    );
  });
});

describe('verifyAuditTrail: the chain and every checkpoint', () => {
  const checkpointOf = (store: Awaited<ReturnType<typeof chain>>, seq: number) =>
    signAuditCheckpoint(keys, { seq, hash: store.tables.audit[seq - 1]!.hash }, at);

  it('passes an untouched log that grew after its checkpoints', async () => {
    const store = await chain(9);
    const report = await verifyAuditTrail(store.audit, [checkpointOf(store, 3), checkpointOf(store, 6)]);
    expect(report).toMatchObject({ ok: true, checkpoints: 2, latest: { seq: 6 }, problem: null });
  });

  it('names the newest events deleted', async () => {
    const store = await chain(9);
    const checkpoint = checkpointOf(store, 9);
    store.tables.audit.splice(6);
    expect((await verifyAuditTrail(store.audit, [checkpoint])).problem).toEqual({
      kind: 'truncated',
      seq: 7,
      message: `The audit log ends at event 6, but the checkpoint of ${at.toISOString()} vouches for events up to 9: the newest 3 events were deleted.`,
    });
  });

  it('names every event deleted', async () => {
    const store = await chain(4);
    const checkpoint = checkpointOf(store, 4);
    store.tables.audit.splice(0);
    expect((await verifyAuditTrail(store.audit, [checkpoint])).problem).toMatchObject({
      kind: 'truncated',
      message: expect.stringContaining('The audit log is empty'),
    });
  });

  it('names a log rewritten and re-hashed the old way from the first event (the chain alone passes)', async () => {
    const store = await chain(6);
    const checkpoint = checkpointOf(store, 4);
    store.tables.audit[1]!.details = { i: 2, forged: true };
    relink(store.tables.audit, 1, null);
    expect((await verifyAuditChain(store.audit)).ok).toBe(true);
    expect((await verifyAuditTrail(store.audit, [checkpoint])).problem).toMatchObject({
      kind: 'rewritten',
      seq: 4,
      message: expect.stringContaining('Event 4 is not the event the checkpoint'),
    });
  });
});

describe('makeAuditCheckpoint', () => {
  it('signs the head of a chain that verifies, and resumes from the previous checkpoint', async () => {
    const store = await chain(5);
    const first = await makeAuditCheckpoint(store.audit, keys, at);
    expect(first).toMatchObject({ ok: true, checkpoint: { seq: 5, hash: store.tables.audit[4]!.hash } });
    if (!first.ok) return;
    for (let i = 6; i <= 8; i++) await store.audit.append(input(i));
    const next = await makeAuditCheckpoint(store.audit, keys, at, first.checkpoint);
    expect(next).toMatchObject({ ok: true, checkpoint: { seq: 8 }, report: { checked: 4 } });
  });

  it('refuses to sign a tampered chain, or one whose previous checkpoint no longer matches', async () => {
    const store = await chain(5);
    const previous = await makeAuditCheckpoint(store.audit, keys, at);
    store.tables.audit[4]!.action = 'nothing.happened';
    expect(await makeAuditCheckpoint(store.audit, keys, at)).toMatchObject({
      ok: false,
      report: { problem: { kind: 'altered', seq: 5 } },
    });
    if (!previous.ok) throw new Error('expected a checkpoint');
    relink(store.tables.audit, 5, null);
    expect(await makeAuditCheckpoint(store.audit, keys, at, previous.checkpoint)).toMatchObject({
      ok: false,
      report: { problem: { seq: 5, message: expect.stringContaining('no longer has the hash') } },
    });
  });
});
