import { describe, expect, it } from 'vitest';
import type { Deps } from '../context.ts';
import { DomainError } from '../support/errors.ts';
import { addUser, testPassword } from '../testing/add-user.ts';
import { createMemoryStore } from '../testing/memory-store.ts';
import { signInWithPassword as signIn } from '../testing/sign-in-with-password.ts';
import { addOrganisation, createTestDeps, testRequest } from '../testing/test-deps.ts';
import type { RequestMeta } from './actor.ts';
import { authenticateSession } from './authenticate-session.ts';
import { hashSecretToken } from './secret-token.ts';
import { signInAccountKey } from './sign-in-limits.ts';

const password = testPassword;
const minute = 60_000;

async function world() {
  const store = createMemoryStore();
  const deps = createTestDeps(store);
  const org = await addOrganisation(deps, 'ngo', 'Clean Start NGO');
  const alice = await addUser(deps, org, ['case_worker'], 'alice@example.org');
  return { store, deps, org, alice };
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

const from = (clientIp: string): RequestMeta => ({ ...testRequest, clientIp });

describe('signIn: success', () => {
  it('creates a session whose token is stored only as a hash, and audits the sign-in', async () => {
    const { store, deps, org, alice } = await world();
    const result = await signIn(deps, { email: 'alice@example.org', password }, testRequest);
    expect(result.user.id).toBe(alice.id);
    expect(result.sessionToken.length).toBeGreaterThanOrEqual(43);
    expect(result.session.tokenHash).not.toBe(result.sessionToken);
    expect(result.session.tokenHash).toBe(hashSecretToken(result.sessionToken));
    const rows = [...store.tables.sessions.values()];
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(result.sessionToken);
    expect(rows[0]).toMatchObject({
      userId: alice.id,
      clientIp: testRequest.clientIp,
      userAgent: 'vitest',
      expiresAt: new Date(deps.clock.now().getTime() + deps.security.sessionIdleMinutes * minute),
    });
    expect(store.tables.audit).toHaveLength(1);
    expect(store.tables.audit[0]).toMatchObject({
      action: 'auth.signed_in',
      entityType: 'session',
      entityId: result.session.id,
      actorUserId: alice.id,
      actorOrganisationId: org.id,
      actorRoles: ['case_worker'],
      clientIp: testRequest.clientIp,
      requestId: testRequest.requestId,
      at: deps.clock.now(),
    });
    expect(JSON.stringify(store.tables.audit)).not.toContain(result.sessionToken);
    expect(store.tables.users.get(alice.id)?.lastLoginAt).toEqual(deps.clock.now());
  });

  it('the session token authenticates as the user', async () => {
    const { deps, alice } = await world();
    const { sessionToken, session } = await signIn(
      deps,
      { email: 'alice@example.org', password },
      testRequest,
    );
    const { actor } = await authenticateSession(deps, sessionToken);
    expect(actor).toMatchObject({ userId: alice.id, credentialId: session.id, roles: ['case_worker'] });
  });

  it('accepts the email in any case and with surrounding spaces', async () => {
    const { deps, alice } = await world();
    const { user } = await signIn(deps, { email: '  Alice@Example.ORG ', password }, testRequest);
    expect(user.id).toBe(alice.id);
  });

  it('gives a new session token every time', async () => {
    const { deps } = await world();
    const a = await signIn(deps, { email: 'alice@example.org', password }, testRequest);
    const b = await signIn(deps, { email: 'alice@example.org', password }, testRequest);
    expect(a.sessionToken).not.toBe(b.sessionToken);
    expect(a.session.csrfToken).not.toBe(b.session.csrfToken);
  });

  it('clears earlier failures after a successful sign-in', async () => {
    const { store, deps, alice } = await world();
    for (let i = 0; i < 3; i++) {
      await failure(signIn(deps, { email: 'alice@example.org', password: 'wrong' }, testRequest));
    }
    expect(store.tables.users.get(alice.id)?.failedLogins).toBe(3);
    await signIn(deps, { email: 'alice@example.org', password }, testRequest);
    expect(store.tables.users.get(alice.id)?.failedLogins).toBe(0);
    // A new series needs the full threshold again.
    for (let i = 0; i < deps.security.lockoutThreshold - 1; i++) {
      expect(
        (await failure(signIn(deps, { email: 'alice@example.org', password: 'x' }, testRequest))).code,
      ).toBe('unauthenticated');
    }
    await expect(signIn(deps, { email: 'alice@example.org', password }, testRequest)).resolves.toBeDefined();
  });
});

describe('signIn: wrong credentials', () => {
  it('refuses a wrong password with the same message as an unknown email', async () => {
    const { store, deps } = await world();
    const wrong = await failure(
      signIn(deps, { email: 'alice@example.org', password: 'not it at all' }, testRequest),
    );
    const unknown = await failure(signIn(deps, { email: 'nobody@example.org', password }, testRequest));
    expect(wrong.code).toBe('unauthenticated');
    expect(unknown.code).toBe('unauthenticated');
    expect(wrong.message).toBe(unknown.message);
    expect(wrong.details).toEqual(unknown.details);
    expect(store.tables.sessions.size).toBe(0);
  });

  it('audits the first failure for an account with the reason and the count', async () => {
    const { store, deps, alice } = await world();
    await failure(signIn(deps, { email: 'alice@example.org', password: 'Tr0ub4dor&3' }, testRequest));
    expect(store.tables.audit).toHaveLength(1);
    expect(store.tables.audit[0]).toMatchObject({
      action: 'auth.sign_in_failed',
      entityType: 'user',
      entityId: alice.id,
      actorUserId: null,
      clientIp: testRequest.clientIp,
      requestId: testRequest.requestId,
      details: { reason: 'wrong_password', failedAttempts: 1, email: 'alice@example.org' },
    });
    expect(JSON.stringify(store.tables.audit)).not.toContain('Tr0ub4dor');
  });

  it('never writes the attempted password to the audit log', async () => {
    const { store, deps } = await world();
    await failure(signIn(deps, { email: 'alice@example.org', password: 'S3cret-typo-123' }, testRequest));
    await failure(
      signIn(deps, { email: 'nobody@example.org', password: 'S3cret-typo-456' }, from('198.51.100.1')),
    );
    expect(JSON.stringify(store.tables.audit)).not.toContain('S3cret');
  });
});

describe('signIn: account lockout', () => {
  it('locks after lockoutThreshold failures, even against the right password, and says until when', async () => {
    const { store, deps, alice } = await world();
    const { lockoutThreshold, lockoutMinutes } = deps.security;
    for (let i = 1; i <= lockoutThreshold; i++) {
      const error = await failure(
        signIn(deps, { email: 'alice@example.org', password: `wrong ${i}` }, testRequest),
      );
      expect(error.code).toBe('unauthenticated');
    }
    const lockedUntil = new Date(deps.clock.now().getTime() + lockoutMinutes * minute);
    expect(store.tables.users.get(alice.id)?.lockedUntil).toEqual(lockedUntil);
    const error = await failure(signIn(deps, { email: 'alice@example.org', password }, testRequest));
    expect(error.code).toBe('locked');
    expect(error.details).toEqual({ lockedUntil: lockedUntil.toISOString() });
    expect(store.tables.sessions.size).toBe(0);
    expect(store.tables.audit.at(-1)).toMatchObject({
      action: 'auth.account_locked',
      entityId: alice.id,
      details: { failedAttempts: lockoutThreshold },
    });
  });

  it('lifts the lock once lockoutMinutes have passed', async () => {
    const { deps } = await world();
    for (let i = 0; i < deps.security.lockoutThreshold; i++) {
      await failure(signIn(deps, { email: 'alice@example.org', password: 'wrong' }, testRequest));
    }
    deps.clock.advance(deps.security.lockoutMinutes * minute - 1000);
    expect((await failure(signIn(deps, { email: 'alice@example.org', password }, testRequest))).code).toBe(
      'locked',
    );
    deps.clock.advance(1000);
    await expect(signIn(deps, { email: 'alice@example.org', password }, testRequest)).resolves.toMatchObject({
      user: { failedLogins: 0, lockedUntil: null },
    });
  });

  it('a lock that ran out starts a new series: one more slip does not lock again', async () => {
    const { store, deps, alice } = await world();
    for (let i = 0; i < deps.security.lockoutThreshold; i++) {
      await failure(signIn(deps, { email: 'alice@example.org', password: 'wrong' }, testRequest));
    }
    deps.clock.advance(deps.security.lockoutMinutes * minute);
    const slip = await failure(
      signIn(deps, { email: 'alice@example.org', password: 'wrong again' }, testRequest),
    );
    expect(slip.code).toBe('unauthenticated');
    expect(store.tables.users.get(alice.id)).toMatchObject({ failedLogins: 1, lockedUntil: null });
    await expect(signIn(deps, { email: 'alice@example.org', password }, testRequest)).resolves.toBeDefined();
  });

  it('does not count attempts made while locked', async () => {
    const { store, deps, alice } = await world();
    for (let i = 0; i < deps.security.lockoutThreshold + 10; i++) {
      await failure(signIn(deps, { email: 'alice@example.org', password: 'wrong' }, testRequest));
    }
    expect(store.tables.users.get(alice.id)?.failedLogins).toBe(deps.security.lockoutThreshold);
  });

  it('locking one account does not affect another', async () => {
    const { deps, org } = await world();
    await addUser(deps, org, ['investigator'], 'bob@example.org');
    for (let i = 0; i < deps.security.lockoutThreshold; i++) {
      await failure(signIn(deps, { email: 'alice@example.org', password: 'wrong' }, testRequest));
    }
    await expect(signIn(deps, { email: 'bob@example.org', password }, testRequest)).resolves.toBeDefined();
  });
});

describe('signIn: response time does not tell whether an email is registered', () => {
  it('checks a password hash for an unknown email too', async () => {
    const { deps } = await world();
    const checked: string[] = [];
    const counting = {
      ...deps,
      passwords: {
        hash: deps.passwords.hash,
        verify: async (hash: string, p: string) => {
          checked.push(hash);
          return deps.passwords.verify(hash, p);
        },
      },
    };
    await failure(signIn(counting, { email: 'nobody@example.org', password }, testRequest));
    expect(checked).toHaveLength(1);
    expect(checked[0]).toMatch(/^\$argon2id\$/);
  });
});

describe('signIn: per-address rate limit', () => {
  it('refuses an address after ipAttemptsPerWindow failures, even with the right password', async () => {
    const { store, deps } = await world();
    const { ipAttemptsPerWindow, attemptWindowMinutes } = deps.security;
    for (let i = 0; i < ipAttemptsPerWindow; i++) {
      const error = await failure(signIn(deps, { email: `nobody${i}@example.org`, password }, testRequest));
      expect(error.code).toBe('unauthenticated');
    }
    const error = await failure(signIn(deps, { email: 'alice@example.org', password }, testRequest));
    expect(error.code).toBe('rate_limited');
    expect(error.details).toEqual({ retryAfterSeconds: attemptWindowMinutes * 60 });
    expect(store.tables.sessions.size).toBe(0);
    // Another address is not affected.
    await expect(
      signIn(deps, { email: 'alice@example.org', password }, from('198.51.100.7')),
    ).resolves.toBeDefined();
  });

  it('counts failures against different accounts from one address (password spraying)', async () => {
    const { deps, org } = await world();
    const limit = 6;
    const tight = { ...deps, security: { ...deps.security, ipAttemptsPerWindow: limit } };
    for (let i = 0; i < limit; i++) {
      await addUser(deps, org, ['case_worker'], `user${i}@example.org`);
      await failure(signIn(tight, { email: `user${i}@example.org`, password: 'Summer2026!' }, testRequest));
    }
    expect((await failure(signIn(tight, { email: 'alice@example.org', password }, testRequest))).code).toBe(
      'rate_limited',
    );
  });

  it('resets after the window', async () => {
    const { deps } = await world();
    for (let i = 0; i < deps.security.ipAttemptsPerWindow; i++) {
      await failure(signIn(deps, { email: `nobody${i}@example.org`, password }, testRequest));
    }
    deps.clock.advance(deps.security.attemptWindowMinutes * minute - 1000);
    expect((await failure(signIn(deps, { email: 'alice@example.org', password }, testRequest))).code).toBe(
      'rate_limited',
    );
    deps.clock.advance(1000);
    await expect(signIn(deps, { email: 'alice@example.org', password }, testRequest)).resolves.toBeDefined();
  });

  it('successful sign-ins do not use up the allowance', async () => {
    const { deps } = await world();
    for (let i = 0; i < deps.security.ipAttemptsPerWindow + 5; i++) {
      await signIn(deps, { email: 'alice@example.org', password }, testRequest);
    }
    await expect(signIn(deps, { email: 'alice@example.org', password }, testRequest)).resolves.toBeDefined();
  });
});

describe('signIn: failed attempts do not flood the audit log', () => {
  it('50 failures against one account write at most 2 events', async () => {
    const { store, deps } = await world();
    for (let i = 0; i < 50; i++) {
      await failure(
        signIn(deps, { email: 'alice@example.org', password: `guess ${i}` }, from(`198.51.100.${i}`)),
      );
    }
    expect(store.tables.audit.length).toBeLessThanOrEqual(2);
    expect(store.tables.audit.map((e) => e.action)).toEqual(['auth.sign_in_failed', 'auth.account_locked']);
  });

  it('50 failures for unknown emails from one address write 1 event', async () => {
    const { store, deps } = await world();
    for (let i = 0; i < 50; i++) {
      await failure(signIn(deps, { email: `nobody${i}@example.org`, password }, testRequest));
    }
    expect(store.tables.audit).toHaveLength(1);
    expect(store.tables.audit[0]).toMatchObject({
      action: 'auth.sign_in_failed',
      entityId: null,
      details: { reason: 'unknown_email' },
    });
  });

  it('still writes 1 event for 50 unknown emails when the address limit is generous', async () => {
    const { store, deps } = await world();
    const lax = { ...deps, security: { ...deps.security, ipAttemptsPerWindow: 1000 } };
    for (let i = 0; i < 50; i++) {
      expect(
        (await failure(signIn(lax, { email: `nobody${i}@example.org`, password }, testRequest))).code,
      ).toBe('unauthenticated');
    }
    expect(store.tables.audit).toHaveLength(1);
  });
});

describe('signIn: inactive accounts and organisations', () => {
  it('refuses an inactive user with the right password, with the wrong-password message', async () => {
    const { store, deps, alice } = await world();
    await store.users.update(alice.id, { active: false });
    const error = await failure(signIn(deps, { email: 'alice@example.org', password }, testRequest));
    const wrong = await failure(signIn(deps, { email: 'nobody@example.org', password }, testRequest));
    expect(error.code).toBe('unauthenticated');
    expect(error.message).toBe(wrong.message);
    expect(store.tables.sessions.size).toBe(0);
    expect(store.tables.audit.some((e) => e.action === 'auth.signed_in')).toBe(false);
    expect(store.tables.audit[0]).toMatchObject({
      action: 'auth.sign_in_failed',
      details: { reason: 'inactive' },
    });
  });

  it('refuses a user whose organisation is inactive, and creates no session', async () => {
    const { store, deps, org } = await world();
    await store.organisations.update(org.id, { active: false });
    const error = await failure(signIn(deps, { email: 'alice@example.org', password }, testRequest));
    expect(error.code).toBe('unauthenticated');
    expect(store.tables.sessions.size).toBe(0);
    expect(store.tables.audit.some((e) => e.action === 'auth.signed_in')).toBe(false);
  });
});

describe('signIn: limits hold under concurrency', () => {
  function counting(deps: Deps) {
    const verified: string[] = [];
    const wrapped: Deps = {
      ...deps,
      passwords: {
        hash: deps.passwords.hash,
        verify: async (hash: string, p: string) => {
          verified.push(p);
          await new Promise((resolve) => setTimeout(resolve, 5));
          return deps.passwords.verify(hash, p);
        },
      },
    };
    return { wrapped, verified };
  }

  it('60 concurrent wrong passwords on one account: at most the threshold are checked', async () => {
    const { store, deps, alice } = await world();
    const { wrapped, verified } = counting(deps);
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        failure(
          signIn(wrapped, { email: 'alice@example.org', password: `guess ${i}` }, from(`198.51.100.${i}`)),
        ),
      ),
    );
    expect(verified.length).toBeLessThanOrEqual(deps.security.lockoutThreshold);
    expect(results.filter((e) => e.code === 'unauthenticated')).toHaveLength(verified.length);
    expect(results.filter((e) => e.code === 'locked' || e.code === 'rate_limited')).toHaveLength(
      60 - verified.length,
    );
    expect(store.tables.users.get(alice.id)?.failedLogins).toBe(deps.security.lockoutThreshold);
    // The right password is refused too until the lock ends.
    expect((await failure(signIn(deps, { email: 'alice@example.org', password }, testRequest))).code).toBe(
      'locked',
    );
  });

  it('60 concurrent attempts from one address: at most ipAttemptsPerWindow are checked', async () => {
    const { deps } = await world();
    const { wrapped, verified } = counting(deps);
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        failure(signIn(wrapped, { email: `nobody${i}@example.org`, password }, testRequest)),
      ),
    );
    expect(verified.length).toBeLessThanOrEqual(deps.security.ipAttemptsPerWindow);
    expect(results.filter((e) => e.code === 'rate_limited')).toHaveLength(60 - verified.length);
  });

  it('several correct sign-ins at once all succeed (they wait for each other, none is locked)', async () => {
    const { deps } = await world();
    const { wrapped } = counting(deps);
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        signIn(wrapped, { email: 'alice@example.org', password }, testRequest),
      ),
    );
    expect(new Set(results.map((r) => r.session.id)).size).toBe(12);
  });
});

describe('signIn: a fault gives the places back', () => {
  it('database errors while checking do not count as failures nor keep places taken', async () => {
    const { store, deps } = await world();
    const findByEmail = store.users.findByEmail;
    store.users.findByEmail = async () => {
      throw new Error('connection lost');
    };
    for (let i = 0; i < deps.security.ipAttemptsPerWindow + 5; i++) {
      await expect(signIn(deps, { email: 'alice@example.org', password }, testRequest)).rejects.toThrow(
        'connection lost',
      );
    }
    store.users.findByEmail = findByEmail;
    await expect(signIn(deps, { email: 'alice@example.org', password }, testRequest)).resolves.toBeDefined();
  });
});

describe('signIn: the lockout does not tell which emails exist', () => {
  it('a registered and an unknown email get the same answers, attempt by attempt', async () => {
    const { deps } = await world();
    const answers = async (email: string) => {
      const seen: unknown[] = [];
      for (let i = 0; i < deps.security.lockoutThreshold + 3; i++) {
        const e = await failure(signIn(deps, { email, password: `wrong ${i}` }, from(`198.51.100.${i}`)));
        seen.push({ code: e.code, message: e.message, details: e.details });
      }
      return seen;
    };
    const known = await answers('alice@example.org');
    const unknown = await answers('nobody@example.org');
    expect(unknown).toEqual(known);
    expect(known.at(-1)).toMatchObject({ code: 'locked' });
  });

  it('counts the email whatever its case and spaces: changing them does not start a new series', async () => {
    const { deps } = await world();
    const spellings = ['alice@example.org', 'Alice@Example.org', ' ALICE@EXAMPLE.ORG '];
    for (let i = 0; i < deps.security.lockoutThreshold; i++) {
      const email = spellings[i % spellings.length] ?? '';
      await failure(signIn(deps, { email, password: 'wrong' }, from(`198.51.100.${i}`)));
    }
    for (const email of spellings) {
      expect((await failure(signIn(deps, { email, password }, testRequest))).code).toBe('locked');
    }
    expect(signInAccountKey(' Alice@Example.ORG')).toBe(signInAccountKey('alice@example.org'));
  });
});
