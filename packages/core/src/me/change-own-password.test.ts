import { describe, expect, it } from 'vitest';
import type { RequestMeta } from '../auth/actor.ts';
import { authenticateSession } from '../auth/authenticate-session.ts';
import type { Ctx } from '../context.ts';
import { DomainError } from '../support/errors.ts';
import { addUser, testPassword } from '../testing/add-user.ts';
import { createMemoryStore } from '../testing/memory-store.ts';
import { signInWithPassword as signIn } from '../testing/sign-in-with-password.ts';
import { addOrganisation, createTestDeps, testRequest } from '../testing/test-deps.ts';
import { changeOwnPassword } from './change-own-password.ts';

const password = testPassword;
const newPassword = 'a brand new passphrase';
const request: RequestMeta = { requestId: 'req-pw', clientIp: '203.0.113.20', userAgent: 'laptop' };

async function world() {
  const store = createMemoryStore();
  const deps = createTestDeps(store);
  const org = await addOrganisation(deps, 'victim_assistance_centre', 'Victim Assistance Centre');
  const user = await addUser(deps, org, ['case_worker'], 'nigar.h@example.org');
  const colleague = await addUser(deps, org, ['case_worker'], 'colleague@example.org');
  const current = await signIn(deps, { email: user.email, password }, testRequest);
  const elsewhere = await signIn(deps, { email: user.email, password }, testRequest);
  const intruder = await signIn(deps, { email: user.email, password }, testRequest);
  const colleagues = await signIn(deps, { email: colleague.email, password }, testRequest);
  const { actor } = await authenticateSession(deps, current.sessionToken);
  const ctx: Ctx = { ...deps, actor, request };
  store.tables.audit.length = 0;
  return { store, deps, org, user, ctx, current, elsewhere, intruder, colleagues };
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

describe('changeOwnPassword', () => {
  it('refuses a wrong current password and changes nothing', async () => {
    const { store, deps, user, ctx } = await world();
    const before = structuredClone(store.tables);
    const error = await rejects(changeOwnPassword(ctx, { currentPassword: 'guess', newPassword }));
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual({ fields: { currentPassword: 'incorrect' } });
    expect(store.tables).toEqual(before);
    await expect(signIn(deps, { email: user.email, password }, testRequest)).resolves.toBeDefined();
  });

  it('refuses a new password that is too short or contains the email name', async () => {
    const { store, ctx } = await world();
    const before = structuredClone(store.tables);
    const short = await rejects(changeOwnPassword(ctx, { currentPassword: password, newPassword: 'short1' }));
    expect(short.code).toBe('validation_failed');
    expect(short.details).toMatchObject({ fields: { password: 'too_short' } });
    const named = await rejects(
      changeOwnPassword(ctx, { currentPassword: password, newPassword: 'Nigar.H is my password' }),
    );
    expect(named.details).toMatchObject({ fields: { password: 'contains_email' } });
    expect(store.tables).toEqual(before);
  });

  it('changes the password: the new one signs in, the old one does not', async () => {
    const { deps, user, ctx } = await world();
    await changeOwnPassword(ctx, { currentPassword: password, newPassword });
    await expect(
      signIn(deps, { email: user.email, password: newPassword }, testRequest),
    ).resolves.toBeDefined();
    expect((await rejects(signIn(deps, { email: user.email, password }, testRequest))).code).toBe(
      'unauthenticated',
    );
  });

  it("ends the user's other sessions (perhaps an intruder's), not a colleague's, and audits it", async () => {
    const { store, deps, org, user, ctx, elsewhere, intruder, colleagues } = await world();
    await changeOwnPassword(ctx, { currentPassword: password, newPassword });
    for (const s of [elsewhere, intruder]) {
      expect((await rejects(authenticateSession(deps, s.sessionToken))).code).toBe('unauthenticated');
    }
    await expect(authenticateSession(deps, colleagues.sessionToken)).resolves.toBeDefined();
    expect(store.tables.audit).toHaveLength(1);
    const event = store.tables.audit[0]!;
    expect(event).toMatchObject({
      action: 'user.password_changed',
      entityType: 'user',
      entityId: user.id,
      actorUserId: user.id,
      actorOrganisationId: org.id,
      actorRoles: ['case_worker'],
      clientIp: '203.0.113.20',
      requestId: 'req-pw',
    });
    expect(event.details.sessionsEnded).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(store.tables.audit)).not.toContain(newPassword);
  });

  it('keeps the session the password was changed from', async () => {
    const { store, deps, ctx, current } = await world();
    await changeOwnPassword(ctx, { currentPassword: password, newPassword });
    await expect(authenticateSession(deps, current.sessionToken)).resolves.toBeDefined();
    expect(store.tables.audit[0]?.details.sessionsEnded).toBe(2);
  });
});
