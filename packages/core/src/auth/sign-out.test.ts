import { describe, expect, it } from 'vitest';
import type { Ctx } from '../context.ts';
import { DomainError } from '../support/errors.ts';
import { addUser, testPassword } from '../testing/add-user.ts';
import { createMemoryStore } from '../testing/memory-store.ts';
import { signInWithPassword as signIn } from '../testing/sign-in-with-password.ts';
import { addOrganisation, createTestDeps, testRequest } from '../testing/test-deps.ts';
import type { RequestMeta } from './actor.ts';
import { authenticateSession } from './authenticate-session.ts';
import { signOut, signOutEverywhere } from './sign-out.ts';

const password = testPassword;
const request: RequestMeta = { requestId: 'req-sign-out', clientIp: '203.0.113.9', userAgent: 'phone' };

async function world() {
  const store = createMemoryStore();
  const deps = createTestDeps(store);
  const org = await addOrganisation(deps, 'shelter', 'Safe House');
  const user = await addUser(deps, org, ['shelter_manager'], 'sam@example.org');
  const other = await addUser(deps, org, ['shelter_manager'], 'olga@example.org');
  const laptop = await signIn(deps, { email: user.email, password }, testRequest);
  const phone = await signIn(deps, { email: user.email, password }, testRequest);
  const colleague = await signIn(deps, { email: other.email, password }, testRequest);
  const ctxOf = async (token: string): Promise<Ctx> => {
    const { actor } = await authenticateSession(deps, token);
    return { ...deps, actor, request };
  };
  store.tables.audit.length = 0;
  return { store, deps, org, user, other, laptop, phone, colleague, ctxOf };
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

describe('signOut', () => {
  it('ends the current session only and audits it', async () => {
    const { store, deps, org, user, laptop, phone, colleague, ctxOf } = await world();
    await signOut(await ctxOf(phone.sessionToken));
    expect((await rejects(authenticateSession(deps, phone.sessionToken))).code).toBe('unauthenticated');
    await expect(authenticateSession(deps, laptop.sessionToken)).resolves.toBeDefined();
    await expect(authenticateSession(deps, colleague.sessionToken)).resolves.toBeDefined();
    expect(store.tables.audit).toHaveLength(1);
    expect(store.tables.audit[0]).toMatchObject({
      action: 'auth.signed_out',
      entityType: 'session',
      entityId: phone.session.id,
      actorUserId: user.id,
      actorOrganisationId: org.id,
      actorRoles: ['shelter_manager'],
      clientIp: '203.0.113.9',
      requestId: 'req-sign-out',
    });
  });
});

describe('signOutEverywhere', () => {
  it("ends every session of the user, none of a colleague's, and counts them", async () => {
    const { store, deps, user, laptop, phone, colleague, ctxOf } = await world();
    const ended = await signOutEverywhere(await ctxOf(laptop.sessionToken));
    expect(ended).toBe(2);
    for (const s of [laptop, phone]) {
      expect((await rejects(authenticateSession(deps, s.sessionToken))).code).toBe('unauthenticated');
    }
    await expect(authenticateSession(deps, colleague.sessionToken)).resolves.toBeDefined();
    expect(store.tables.audit).toHaveLength(1);
    expect(store.tables.audit[0]).toMatchObject({
      action: 'auth.signed_out_everywhere',
      entityType: 'user',
      entityId: user.id,
      actorUserId: user.id,
      requestId: 'req-sign-out',
      details: { sessionsEnded: 2 },
    });
  });
});
