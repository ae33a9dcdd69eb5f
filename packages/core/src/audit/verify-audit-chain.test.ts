import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roles } from '../auth/roles.ts';
import type { AuditEvent, AuditEventInput } from '../model.ts';
import { createMemoryStore } from '../testing/memory-store.ts';
import { canonicalJson, genesisHash, hashAuditEvent } from './hash-audit-event.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

function input(i: number): AuditEventInput {
  return {
    at: new Date(Date.UTC(2026, 0, 15, 9, i)),
    actorUserId: `user-${i % 3}`,
    actorOrganisationId: 'org-1',
    actorRoles: ['system_administrator'],
    action: i % 2 ? 'user.created' : 'organisation.updated',
    entityType: i % 2 ? 'user' : 'organisation',
    entityId: `entity-${i}`,
    clientIp: '192.0.2.10',
    requestId: `req-${i}`,
    details: { index: i, changes: { name: `Name ${i}` } },
  };
}

async function chainOf(events: AuditEventInput[]) {
  const store = createMemoryStore();
  for (const e of events) await store.audit.append(e);
  return store;
}

const chain = (n: number) => chainOf(Array.from({ length: n }, (_, i) => input(i + 1)));

/** Keeps the table in seq order, as a database scan would return it. */
function sortBySeq(rows: AuditEvent[]): void {
  rows.sort((a, b) => a.seq - b.seq);
}

describe('verifyAuditChain', () => {
  it('reports an empty log as intact', async () => {
    const store = createMemoryStore();
    expect(await verifyAuditChain(store.audit)).toEqual({
      ok: true,
      checked: 0,
      lastSeq: 0,
      lastHash: genesisHash,
      unkeyed: 0,
      problem: null,
    });
  });

  it('reports an intact chain as ok with the number of events and the last seq', async () => {
    const store = await chain(7);
    expect(await verifyAuditChain(store.audit)).toEqual({
      ok: true,
      checked: 7,
      lastSeq: 7,
      lastHash: store.tables.audit[6]!.hash,
      unkeyed: 7,
      problem: null,
    });
  });

  it('walks a chain longer than one batch', async () => {
    const store = await chain(11);
    expect(await verifyAuditChain(store.audit, { batchSize: 3 })).toMatchObject({
      ok: true,
      checked: 11,
      lastSeq: 11,
    });
    store.tables.audit.splice(6, 1); // seq 7, the first of the third batch
    expect(await verifyAuditChain(store.audit, { batchSize: 3 })).toMatchObject({
      ok: false,
      checked: 6,
      lastSeq: 6,
      problem: { kind: 'deleted', seq: 7 },
    });
  });

  it('finds an event whose details were changed in the table', async () => {
    const store = await chain(5);
    store.tables.audit[2]!.details = { index: 3, changes: { name: 'Someone else' } };
    const report = await verifyAuditChain(store.audit);
    expect(report).toMatchObject({ ok: false, checked: 2, lastSeq: 2, problem: { kind: 'altered', seq: 3 } });
    expect(report.problem?.message).toContain('3');
  });

  it('finds a deleted middle event', async () => {
    const store = await chain(5);
    store.tables.audit.splice(2, 1);
    expect(await verifyAuditChain(store.audit)).toMatchObject({
      ok: false,
      lastSeq: 2,
      problem: { kind: 'deleted', seq: 3 },
    });
  });

  it('finds a deleted middle event even when the later events were renumbered to close the gap', async () => {
    const store = await chain(5);
    store.tables.audit.splice(2, 1);
    for (const e of store.tables.audit) if (e.seq > 3) e.seq -= 1;
    expect(await verifyAuditChain(store.audit)).toMatchObject({ ok: false, problem: { seq: 3 } });
  });

  it('finds a forged event inserted in the middle with a valid-looking hash but the wrong prevHash', async () => {
    const store = await chain(5);
    const forgedPrev = 'a'.repeat(64);
    const content = { ...input(99), details: { note: 'forged' } };
    const forged: AuditEvent = {
      ...content,
      seq: 3,
      prevHash: forgedPrev,
      hash: hashAuditEvent(3, forgedPrev, content),
      hashVersion: 1,
    };
    for (const e of store.tables.audit) if (e.seq >= 3) e.seq += 1;
    store.tables.audit.push(forged);
    sortBySeq(store.tables.audit);
    expect(await verifyAuditChain(store.audit)).toMatchObject({
      ok: false,
      checked: 2,
      lastSeq: 2,
      problem: { kind: 'inserted', seq: 3 },
    });
  });

  it('finds a forged event appended at the end that does not link to the last one', async () => {
    const store = await chain(4);
    const prevHash = store.tables.audit[1]!.hash; // links to event 2, not 4
    const content = input(50);
    store.tables.audit.push({
      ...content,
      seq: 5,
      prevHash,
      hash: hashAuditEvent(5, prevHash, content),
      hashVersion: 1,
    });
    expect(await verifyAuditChain(store.audit)).toMatchObject({
      ok: false,
      checked: 4,
      problem: { kind: 'inserted', seq: 5 },
    });
  });

  it('finds two events swapped in order', async () => {
    const store = await chain(5);
    const [second, third] = [store.tables.audit[1]!, store.tables.audit[2]!];
    second.seq = 3;
    third.seq = 2;
    sortBySeq(store.tables.audit);
    expect(await verifyAuditChain(store.audit)).toMatchObject({ ok: false, lastSeq: 1, problem: { seq: 2 } });
  });

  it('finds two events swapped even when the forger recomputed their own hashes', async () => {
    const store = await chain(5);
    const rows = store.tables.audit;
    const [second, third] = [rows[1]!, rows[2]!];
    second.seq = 3;
    third.seq = 2;
    for (const e of [second, third]) e.hash = hashAuditEvent(e.seq, e.prevHash, e);
    sortBySeq(rows);
    expect(await verifyAuditChain(store.audit)).toMatchObject({
      ok: false,
      problem: { kind: 'inserted', seq: 2 },
    });
  });

  it('reports the last verified seq so a truncated tail can be compared with a known anchor', async () => {
    const store = await chain(5);
    store.tables.audit.pop();
    expect(await verifyAuditChain(store.audit)).toMatchObject({ ok: true, lastSeq: 4, checked: 4 });
  });
});

const eventArb: fc.Arbitrary<AuditEventInput> = fc.record({
  at: fc.date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2035-01-01T00:00:00Z'),
    noInvalidDate: true,
  }),
  actorUserId: fc.option(fc.uuid(), { nil: null }),
  actorOrganisationId: fc.option(fc.uuid(), { nil: null }),
  actorRoles: fc.subarray([...roles] as string[]),
  action: fc.constantFrom('auth.signed_in', 'user.created', 'user.updated', 'organisation.address_revealed'),
  entityType: fc.constantFrom('user', 'session', 'organisation', 'api_token'),
  entityId: fc.option(fc.uuid(), { nil: null }),
  clientIp: fc.option(fc.ipV4(), { nil: null }),
  requestId: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
  details: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
});

const fields = [
  'at',
  'actorUserId',
  'actorOrganisationId',
  'actorRoles',
  'action',
  'entityType',
  'entityId',
  'clientIp',
  'requestId',
  'details',
] as const;

describe('verifyAuditChain: any single mutation is detected (property)', () => {
  it('detects a change to any content field, prevHash or hash of any event, at that event', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(eventArb, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.constantFrom(...fields, 'prevHash', 'hash'),
        eventArb,
        fc.stringMatching(/^[0-9a-f]{64}$/),
        async (events, pick, field, donor, hex) => {
          const store = await chainOf(events);
          const index = pick % events.length;
          const row = store.tables.audit[index]!;
          const before = canonicalJson(row);
          if (field === 'prevHash' || field === 'hash') row[field] = hex;
          else Object.assign(row, { [field]: structuredClone(donor[field]) });
          fc.pre(canonicalJson(row) !== before);
          const report = await verifyAuditChain(store.audit);
          expect(report.ok).toBe(false);
          expect(report.problem?.seq).toBe(index + 1);
          expect(report.problem?.kind).toBe('altered');
          expect(report.checked).toBe(index);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('detects a changed seq on any event', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(eventArb, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.integer({ min: 1, max: 20 }),
        async (events, pick, seq) => {
          const store = await chainOf(events);
          const index = pick % events.length;
          fc.pre(seq !== index + 1);
          store.tables.audit[index]!.seq = seq;
          sortBySeq(store.tables.audit);
          const report = await verifyAuditChain(store.audit);
          expect(report.ok).toBe(false);
          expect(report.problem?.seq).toBeLessThanOrEqual(index + 1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('detects the deletion of any event but the last as a deletion at its seq', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(eventArb, { minLength: 2, maxLength: 8 }), fc.nat(), async (events, pick) => {
        const store = await chainOf(events);
        const index = pick % (events.length - 1);
        store.tables.audit.splice(index, 1);
        const report = await verifyAuditChain(store.audit);
        expect(report).toMatchObject({
          ok: false,
          lastSeq: index,
          problem: { kind: 'deleted', seq: index + 1 },
        });
      }),
      { numRuns: 100 },
    );
  });
});
