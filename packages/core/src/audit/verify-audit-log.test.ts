import { describe, expect, it } from 'vitest';
import { type Role, roles } from '../auth/roles.ts';
import type { Ctx } from '../context.ts';
import { DomainError } from '../support/errors.ts';
import { createMemoryStore } from '../testing/memory-store.ts';
import { actAs, addOrganisation, createTestDeps } from '../testing/test-deps.ts';
import { listAuditEvents } from './list-audit-events.ts';
import { recordAudit } from './record-audit.ts';
import { verifyAuditLog } from './verify-audit-log.ts';

async function world(events = 5) {
  const store = createMemoryStore();
  const deps = createTestDeps(store);
  const office = await addOrganisation(deps, 'coordinator', 'Office');
  const as = (r: Role[]): Ctx => actAs(deps, office, r);
  const admin = as(['system_administrator']);
  for (let i = 1; i <= events; i++) {
    deps.clock.advance(60_000);
    await recordAudit(deps, admin.actor, admin.request, {
      action: i % 2 ? 'user.created' : 'organisation.updated',
      entityType: i % 2 ? 'user' : 'organisation',
      entityId: `entity-${i}`,
    });
  }
  return { store, deps, office, as, auditor: as(['auditor']) };
}

async function rejects(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('verifyAuditLog', () => {
  it('lets the auditor verify the chain and records the check after it', async () => {
    const { store, auditor } = await world(5);
    const report = await verifyAuditLog(auditor);
    expect(report).toMatchObject({ ok: true, checked: 5, lastSeq: 5, problem: null });
    expect(store.tables.audit).toHaveLength(6);
    expect(store.tables.audit[5]).toMatchObject({
      action: 'audit.verified',
      entityType: 'audit_log',
      actorUserId: auditor.actor.userId,
      actorRoles: ['auditor'],
      details: { ok: true, checked: 5, problem: null },
    });
    // The recorded check is itself part of a valid chain.
    expect((await verifyAuditLog(auditor)).checked).toBe(6);
  });

  it('reports and records a broken chain', async () => {
    const { store, auditor } = await world(5);
    store.tables.audit[1]!.entityId = 'someone else';
    const report = await verifyAuditLog(auditor);
    expect(report).toMatchObject({ ok: false, problem: { kind: 'altered', seq: 2 } });
    expect(store.tables.audit.at(-1)?.details).toMatchObject({
      ok: false,
      problem: { kind: 'altered', seq: 2 },
    });
  });

  it.each(roles.filter((r) => r !== 'auditor'))('refuses a %s and records nothing', async (role) => {
    const { store, as } = await world(3);
    expect((await rejects(verifyAuditLog(as([role])))).code).toBe('forbidden');
    expect(store.tables.audit).toHaveLength(3);
  });
});

describe('listAuditEvents', () => {
  it('lets the auditor page through the trail, newest first', async () => {
    const { auditor } = await world(5);
    const first = await listAuditEvents(auditor, { limit: 2 });
    expect(first.events.map((e) => e.seq)).toEqual([5, 4]);
    expect(first.nextBeforeSeq).toBe(4);
    const second = await listAuditEvents(auditor, { limit: 2, beforeSeq: 4 });
    expect(second.events.map((e) => e.seq)).toEqual([3, 2]);
    const last = await listAuditEvents(auditor, { limit: 2, beforeSeq: 2 });
    expect(last.events.map((e) => e.seq)).toEqual([1]);
    expect(last.nextBeforeSeq).toBeNull();
  });

  it('has no next page when the page is exactly full', async () => {
    const { auditor } = await world(4);
    expect((await listAuditEvents(auditor, { limit: 4 })).nextBeforeSeq).toBeNull();
  });

  it('filters by action and keeps the limit between 1 and 500', async () => {
    const { auditor } = await world(5);
    const created = await listAuditEvents(auditor, { limit: 10, action: 'user.created' });
    expect(created.events.map((e) => e.seq)).toEqual([5, 3, 1]);
    expect((await listAuditEvents(auditor, { limit: 0 })).events).toHaveLength(1);
    expect((await listAuditEvents(auditor, { limit: -5 })).events).toHaveLength(1);
  });

  it('caps a page at 500 events', async () => {
    const { auditor } = await world(505);
    const page = await listAuditEvents(auditor, { limit: 10_000 });
    expect(page.events).toHaveLength(500);
    expect(page.nextBeforeSeq).toBe(6);
  });

  it.each(roles.filter((r) => r !== 'auditor'))('refuses a %s (the administrator included)', async (role) => {
    const { as } = await world(2);
    expect((await rejects(listAuditEvents(as([role]), { limit: 10 }))).code).toBe('forbidden');
  });
});
