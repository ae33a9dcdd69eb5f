import { type AuditEventInput, hashAuditEvent, type Store, verifyAuditChain } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import type { Database } from '../schema.ts';
import { describeEachBackend } from '../testing/describe-each-backend.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { anAuditEvent, t0 } from '../testing/test-fixtures.ts';

/** Plays an attacker with database access: the append-only trigger lets maintenance through. */
async function tamper(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<unknown>) {
  await db.transaction().execute(async (trx) => {
    await sql`set local opennrm.audit_maintenance = 'on'`.execute(trx);
    await work(trx);
  });
}

describeEachBackend('AuditStore', (open) => {
  let t: TestDatabase;
  let store: Store;

  beforeEach(async () => {
    t = await open();
    store = createStore(t.db);
  });
  afterEach(() => t?.close());

  const appendMany = (n: number, extra: (i: number) => Partial<AuditEventInput> = () => ({})) =>
    Promise.all(
      Array.from({ length: n }, (_, i) => store.audit.append(anAuditEvent({ details: { i }, ...extra(i) }))),
    );

  it('concurrent appends get seq 1..N without gaps and a chain that verifies', async () => {
    const events = await appendMany(40);
    expect(events.map((e) => e.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    const report = await verifyAuditChain(store.audit, { batchSize: 7 });
    expect(report).toMatchObject({ ok: true, checked: 40, lastSeq: 40, problem: null });
  });

  it('appends inside a caller transaction and vanishes with its rollback', async () => {
    await appendMany(2);
    await expect(
      store.transaction(async (tx) => {
        await tx.audit.append(anAuditEvent());
        throw new Error('use case failed');
      }),
    ).rejects.toThrow('use case failed');
    expect((await store.audit.scan(0, 100)).map((e) => e.seq)).toEqual([1, 2]);
    expect((await store.audit.append(anAuditEvent())).seq).toBe(3);
    expect((await verifyAuditChain(store.audit)).ok).toBe(true);
  });

  it('round-trips details so that the stored hash recomputes: numbers, unicode, nesting, dates', async () => {
    const details = {
      z: 1,
      a: [0.1 + 0.2, -0, 1e21, 5e-324, -123456789.125, Number.MAX_SAFE_INTEGER],
      name: 'Ələkbərov «Ш» 🙂 "quoted" \\ back\nline',
      nested: { b: null, a: { deeper: [true, false, 'x'] } },
      when: new Date('2025-01-01T00:00:00.001Z'),
      dropped: undefined,
      nul: 'a\u0000b',
      lone: 'x\uD800y',
    };
    const written = await store.audit.append(
      anAuditEvent({ details, at: new Date('2025-07-07T07:07:07.007Z') }),
    );
    const [read] = await store.audit.scan(0, 1);
    expect(read).toEqual(written);
    expect(read?.details).toMatchObject({
      when: '2025-01-01T00:00:00.001Z',
      nul: 'a\uFFFDb',
      lone: 'x\uFFFDy',
    });
    expect((await verifyAuditChain(store.audit)).ok).toBe(true);
  });

  it('lists newest first with filters and keyset pagination', async () => {
    const actor = crypto.randomUUID();
    await appendMany(10, (i) => ({
      actorUserId: i % 2 === 0 ? actor : crypto.randomUUID(),
      action: i < 5 ? 'user.update' : 'person.reveal',
      entityType: i < 5 ? 'user' : 'person',
      entityId: `e${i % 3}`,
      at: new Date(t0.getTime() + i * 1000),
    }));
    const page1 = await store.audit.list({ limit: 4 });
    expect(page1.map((e) => e.seq)).toEqual([10, 9, 8, 7]);
    const page2 = await store.audit.list({ limit: 4, beforeSeq: 7 });
    expect(page2.map((e) => e.seq)).toEqual([6, 5, 4, 3]);
    expect(
      (await store.audit.list({ limit: 100, actorUserId: actor })).every((e) => e.actorUserId === actor),
    ).toBe(true);
    expect(await store.audit.list({ limit: 100, actorUserId: actor })).toHaveLength(5);
    expect(
      await store.audit.list({ limit: 100, action: 'person.reveal', entityType: 'person' }),
    ).toHaveLength(5);
    expect(await store.audit.list({ limit: 100, entityType: 'user', entityId: 'e0' })).toHaveLength(2);
    const from = new Date(t0.getTime() + 2000);
    const to = new Date(t0.getTime() + 4000);
    expect(await store.audit.list({ limit: 100, from, to })).toHaveLength(3);
    // The first page's total, capped: the same filters, "more than" past the cap.
    expect(await store.audit.count({ actorUserId: actor }, 100)).toEqual({ count: 5, more: false });
    expect(await store.audit.count({ from, to }, 100)).toEqual({ count: 3, more: false });
    expect(await store.audit.count({}, 4)).toEqual({ count: 4, more: true });
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE of the log', async () => {
    await appendMany(3);
    await expect(
      t.db.updateTable('audit_events').set({ action: 'forged' }).where('seq', '=', 2).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom('audit_events').where('seq', '=', 2).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`truncate audit_events`.execute(t.db)).rejects.toThrow(/append-only/);
    expect(await store.audit.scan(0, 10)).toHaveLength(3);
  });

  it('detects an altered details value', async () => {
    await appendMany(5);
    await tamper(t.db, (trx) =>
      trx
        .updateTable('audit_events')
        .set({ details: JSON.stringify({ i: 999 }) })
        .where('seq', '=', 3)
        .execute(),
    );
    const report = await verifyAuditChain(store.audit);
    expect(report.ok).toBe(false);
    expect(report.problem).toMatchObject({ kind: 'altered', seq: 3 });
  });

  it('detects a deleted middle event', async () => {
    await appendMany(5);
    await tamper(t.db, (trx) => trx.deleteFrom('audit_events').where('seq', '=', 3).execute());
    const report = await verifyAuditChain(store.audit);
    expect(report.problem).toMatchObject({ kind: 'deleted', seq: 3 });
  });

  it('detects a forged event inserted in place of a real one', async () => {
    const events = await appendMany(5);
    const victim = events.find((e) => e.seq === 3)!;
    // The forger rehashes the row properly, but cannot rewrite the next row's prevHash unnoticed.
    const forged = { ...victim, action: 'user.update', details: { forged: true } };
    const hash = hashAuditEvent(3, victim.prevHash, forged);
    await tamper(t.db, async (trx) => {
      await trx.deleteFrom('audit_events').where('seq', '=', 3).execute();
      await trx
        .insertInto('audit_events')
        .values({
          seq: 3,
          at: forged.at,
          actor_user_id: forged.actorUserId,
          actor_organisation_id: forged.actorOrganisationId,
          actor_roles: forged.actorRoles,
          action: forged.action,
          entity_type: forged.entityType,
          entity_id: forged.entityId,
          client_ip: forged.clientIp,
          request_id: forged.requestId,
          details: JSON.stringify(forged.details),
          prev_hash: victim.prevHash,
          hash,
        })
        .execute();
    });
    const report = await verifyAuditChain(store.audit);
    expect(report.problem).toMatchObject({ kind: 'inserted', seq: 4 });
  });
});
