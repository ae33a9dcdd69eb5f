import type { PasswordHasher } from '@opennrm/core';
import { createCheapPasswordHasher } from '@opennrm/core/testing';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterEach, expect, it } from 'vitest';
import { createApp } from '../app/create-app.ts';
import { createTestApp, testPassword } from '../testing/test-app.ts';

type ErrorBody = { error: { code: string; message: string; details?: unknown } };

/** The test app's hasher, counting the passwords it verifies. */
function countingHasher(): PasswordHasher & { verified: string[] } {
  const argon2 = createCheapPasswordHasher();
  const verified: string[] = [];
  return {
    verified,
    hash: argon2.hash,
    verify: (hash, password) => {
      verified.push(password);
      return argon2.verify(hash, password);
    },
  };
}

describeEachBackend('sign-in limits over HTTP', (open) => {
  // Each test gets its own database: in-process requests share one client address, so the
  // attempts of one test would count against the next.
  let database: TestDatabase | undefined;
  afterEach(() => database?.close());

  it('60 concurrent wrong passwords on one account: at most 5 are checked, the rest refused', async () => {
    database = await open();
    const hasher = countingHasher();
    const t = await createTestApp(database, { passwords: hasher });
    // A second app instance whose throttle store is its own object, as another server process
    // would have (the in-process queue is per store): the limit lives in the database.
    const store = t.deps.store;
    const other = createApp({ ...t.deps, store: { ...store, throttle: { ...store.throttle } } });
    const email = t.users.case_worker.email;
    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        (i % 2 ? other : t.app).request('/api/auth/sign-in', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password: `wrong guess ${i}` }),
        }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    const wrong = statuses.filter((s) => s === 401).length;
    expect(hasher.verified.length).toBeLessThanOrEqual(t.deps.security.lockoutThreshold);
    expect(wrong).toBe(hasher.verified.length);
    expect(statuses.filter((s) => s === 423 || s === 429)).toHaveLength(60 - wrong);
    // Locked: even the right password is refused, and without being checked.
    const before = hasher.verified.length;
    const right = await t.request('POST', '/api/auth/sign-in', { body: { email, password: testPassword } });
    expect(right.status).toBe(423);
    expect(hasher.verified.length).toBe(before);
    const locks = await t.deps.store.audit.list({ action: 'auth.account_locked', limit: 10 });
    expect(locks).toHaveLength(1);
  });

  it('several correct sign-ins at once to one account all succeed', async () => {
    database = await open();
    const t = await createTestApp(database);
    const email = t.users.auditor.email;
    const statuses = await Promise.all(
      Array.from({ length: 10 }, () =>
        t
          .request('POST', '/api/auth/sign-in', { body: { email, password: testPassword } })
          .then((r) => r.status),
      ),
    );
    expect(statuses).toEqual(Array.from({ length: 10 }, () => 200));
  });

  it('a locked account and an unknown email answer identically, attempt by attempt', async () => {
    database = await open();
    // A still clock: the lock's end is then the same instant for both series.
    const now = new Date('2026-03-02T08:00:00Z');
    const t = await createTestApp(database, { clock: { now: () => now } });
    const series = async (email: string) => {
      const answers: { status: number; body: ErrorBody }[] = [];
      for (let i = 0; i < t.deps.security.lockoutThreshold + 3; i++) {
        const res = await t.request('POST', '/api/auth/sign-in', {
          body: { email, password: `nope-${i}-x` },
        });
        answers.push({ status: res.status, body: (await res.json()) as ErrorBody });
      }
      return answers;
    };
    const known = await series(t.users.prosecutor.email);
    const unknown = await series('no-such-person@test.opennrm.org');
    expect(unknown).toEqual(known);
    expect(known.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 423, 423, 423]);
    expect(known.at(-1)?.body.error.details).toEqual({
      lockedUntil: new Date(now.getTime() + t.deps.security.lockoutMinutes * 60_000).toISOString(),
    });
    // The real user's lock holds against the right password; the administrator can lift it.
    const right = await t.request('POST', '/api/auth/sign-in', {
      body: { email: t.users.prosecutor.email, password: testPassword },
    });
    expect(right.status).toBe(423);
    const admin = await t.signInAs('system_administrator');
    const users = (await (
      await t.request('GET', '/api/users?search=prosecutor', { headers: admin })
    ).json()) as {
      users: { id: string; lockedUntil: string | null }[];
    };
    expect(users.users.find((u) => u.id === t.users.prosecutor.id)?.lockedUntil).not.toBeNull();
    await t.request('POST', `/api/users/${t.users.prosecutor.id}/unlock`, { headers: admin });
    expect((await t.signInAs('prosecutor')).cookie).toMatch(/^opennrm_session=/);
  });
});
