import { describe, expect, it } from 'vitest';
import { DomainError } from '../support/errors.ts';
import { addUser, testPassword } from '../testing/add-user.ts';
import { createMemoryStore } from '../testing/memory-store.ts';
import { signInWithPassword as signIn } from '../testing/sign-in-with-password.ts';
import { addOrganisation, createTestDeps, testRequest } from '../testing/test-deps.ts';
import { authenticateSession } from './authenticate-session.ts';

const password = testPassword;
const minute = 60_000;
const hour = 60 * minute;

async function signedIn() {
  const store = createMemoryStore();
  const deps = createTestDeps(store);
  const org = await addOrganisation(deps, 'police', 'Anti-trafficking unit');
  const user = await addUser(deps, org, ['investigator', 'case_worker'], 'ivan@example.org');
  const { sessionToken, session } = await signIn(deps, { email: user.email, password }, testRequest);
  return { store, deps, org, user, token: sessionToken, session };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('authenticateSession', () => {
  it('resolves the actor of a valid session', async () => {
    const { deps, org, user, token, session } = await signedIn();
    const { actor } = await authenticateSession(deps, token);
    expect(actor).toEqual({
      userId: user.id,
      organisationId: org.id,
      organisationType: 'police',
      roles: ['investigator', 'case_worker'],
      credentialId: session.id,
    });
    expect(actor.tokenScopes).toBeUndefined();
  });

  it('refuses an unknown token and the stored hash used as a token', async () => {
    const { deps, session } = await signedIn();
    expect((await refusal(authenticateSession(deps, 'made-up'))).code).toBe('unauthenticated');
    expect((await refusal(authenticateSession(deps, session.tokenHash))).code).toBe('unauthenticated');
    expect((await refusal(authenticateSession(deps, ''))).code).toBe('unauthenticated');
  });

  it('refuses an idle session and deletes it', async () => {
    const { store, deps, token, session } = await signedIn();
    deps.clock.advance(deps.security.sessionIdleMinutes * minute);
    const error = await refusal(authenticateSession(deps, token));
    expect(error.code).toBe('unauthenticated');
    expect(store.tables.sessions.has(session.id)).toBe(false);
    // Coming back later does not revive it.
    deps.clock.advance(-10 * minute);
    expect((await refusal(authenticateSession(deps, token))).code).toBe('unauthenticated');
  });

  it('slides the idle deadline with use', async () => {
    const { store, deps, token, session } = await signedIn();
    for (let i = 0; i < 6; i++) {
      deps.clock.advance(20 * minute);
      const result = await authenticateSession(deps, token);
      const expected = new Date(deps.clock.now().getTime() + deps.security.sessionIdleMinutes * minute);
      expect(result.session.expiresAt).toEqual(expected);
      expect(store.tables.sessions.get(session.id)?.expiresAt).toEqual(expected);
      expect(store.tables.sessions.get(session.id)?.lastSeenAt).toEqual(deps.clock.now());
    }
    // Two hours in, well past the 30-minute idle limit from sign-in, still signed in.
    expect(deps.clock.now().getTime() - session.createdAt.getTime()).toBe(2 * hour);
  });

  it('never extends past sessionAbsoluteHours from sign-in, however busy the user', async () => {
    const { store, deps, token, session } = await signedIn();
    const absolute = session.createdAt.getTime() + deps.security.sessionAbsoluteHours * hour;
    let last = 0;
    for (;;) {
      deps.clock.advance(7 * minute);
      if (deps.clock.now().getTime() >= absolute) break;
      const result = await authenticateSession(deps, token);
      expect(result.session.expiresAt.getTime()).toBeLessThanOrEqual(absolute);
      last = result.session.expiresAt.getTime();
    }
    expect(last).toBe(absolute);
    expect((await refusal(authenticateSession(deps, token))).code).toBe('unauthenticated');
    expect(store.tables.sessions.has(session.id)).toBe(false);
  });

  it('writes the sliding deadline at most once a minute', async () => {
    const { store, deps, token, session } = await signedIn();
    deps.clock.advance(30_000);
    await authenticateSession(deps, token);
    expect(store.tables.sessions.get(session.id)?.lastSeenAt).toEqual(session.lastSeenAt);
    deps.clock.advance(31_000);
    await authenticateSession(deps, token);
    expect(store.tables.sessions.get(session.id)?.lastSeenAt).toEqual(deps.clock.now());
  });

  it('refuses the session of a user who was deactivated since signing in', async () => {
    const { store, deps, user, token } = await signedIn();
    await store.users.update(user.id, { active: false });
    const error = await refusal(authenticateSession(deps, token));
    expect(error.code).toBe('unauthenticated');
  });

  it('refuses the session of a user whose organisation was deactivated', async () => {
    const { store, deps, org, token } = await signedIn();
    await store.organisations.update(org.id, { active: false });
    expect((await refusal(authenticateSession(deps, token))).code).toBe('unauthenticated');
  });

  it('uses the current roles of the user, not those at sign-in', async () => {
    const { store, deps, user, token } = await signedIn();
    await store.users.update(user.id, { roles: ['prosecutor'] });
    const { actor } = await authenticateSession(deps, token);
    expect(actor.roles).toEqual(['prosecutor']);
  });
});
