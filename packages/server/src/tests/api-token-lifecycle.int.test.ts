import type { OrganisationType, Role } from '@opennrm/core';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp, testPassword } from '../testing/test-app.ts';

type Token = { id: string; expiresAt: string | null; revokedAt: string | null };
const day = 86_400_000;

describeEachBackend('API tokens: expiry, password changes, administrators', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  // A clock the tests can move (tokens expire in days).
  let shift = 0;

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database, { clock: { now: () => new Date(Date.now() + shift) } });
  });
  afterAll(() => database?.close());

  /**
   * A user of the test's own (passwords change here, so each test that changes one uses another
   * organisation), signed in, with one token.
   */
  async function userWithToken(type: OrganisationType, role: Role, body = {}) {
    const headers = await t.userIn(type, role);
    const made = await t.request('POST', '/api/me/tokens', {
      headers,
      body: { name: 'integration', scopes: ['organisation:read'], ...body },
    });
    expect(made.status).toBe(201);
    const { token, secret } = (await made.json()) as { token: Token; secret: string };
    const me = (await (await t.request('GET', '/api/me', { headers })).json()) as { user: { id: string } };
    return { headers, token, secret, bearer: { authorization: `Bearer ${secret}` }, userId: me.user.id };
  }
  const works = async (bearer: Record<string, string>) =>
    (await t.request('GET', '/api/organisations', { headers: bearer })).status;

  it('expires after 90 days when no expiry is asked for; a longer one than 366 days is refused', async () => {
    const { token, bearer, headers } = await userWithToken('ngo', 'case_worker');
    const expiresIn = new Date(token.expiresAt ?? 0).getTime() - Date.now();
    expect(Math.abs(expiresIn - 90 * day)).toBeLessThan(60_000);
    expect(await works(bearer)).toBe(200);
    shift = 90 * day + 1000;
    try {
      expect(await works(bearer)).toBe(401);
    } finally {
      shift = 0;
    }
    const long = await t.request('POST', '/api/me/tokens', {
      headers,
      body: { name: 'forever', scopes: ['organisation:read'], expiresInDays: 400 },
    });
    expect(long.status).toBe(400);
  });

  it('a shorter expiry asked for is kept, and the token stops working then', async () => {
    const { token, bearer } = await userWithToken('ngo', 'case_worker', { expiresInDays: 1 });
    expect(Math.abs(new Date(token.expiresAt ?? 0).getTime() - Date.now() - day)).toBeLessThan(60_000);
    shift = day + 1000;
    try {
      expect(await works(bearer)).toBe(401);
    } finally {
      shift = 0;
    }
  });

  it('is revoked when its user changes their password; the list says so', async () => {
    const { headers, token, bearer } = await userWithToken('police', 'investigator');
    expect(await works(bearer)).toBe(200);
    const changed = await t.request('POST', '/api/me/password', {
      headers,
      body: { currentPassword: testPassword, newPassword: 'a brand new passphrase' },
    });
    expect(changed.status).toBe(204);
    expect(await works(bearer)).toBe(401);
    const list = (await (await t.request('GET', '/api/me/tokens', { headers })).json()) as {
      tokens: Token[];
    };
    expect(list.tokens.find((k) => k.id === token.id)?.revokedAt).not.toBeNull();
  });

  it("is revoked when an administrator resets its user's password", async () => {
    const { bearer, userId } = await userWithToken('shelter', 'shelter_manager');
    const admin = await t.signInAs('system_administrator');
    const reset = await t.request('POST', `/api/users/${userId}/password`, {
      headers: admin,
      body: { password: 'freshly issued passphrase' },
    });
    expect(reset.status).toBe(204);
    expect(await works(bearer)).toBe(401);
  });

  it("an administrator lists another user's tokens (no secrets) and revokes one, audited", async () => {
    const { bearer, token, secret, userId } = await userWithToken('ngo', 'case_worker');
    const admin = await t.signInAs('system_administrator');
    const listed = await t.request('GET', `/api/users/${userId}/api-tokens`, { headers: admin });
    expect(listed.status).toBe(200);
    const text = await listed.text();
    expect(text).toContain(token.id);
    expect(text).not.toContain(secret);
    expect(text).not.toContain('tokenHash');
    const revoked = await t.request('DELETE', `/api/users/${userId}/api-tokens/${token.id}`, {
      headers: admin,
    });
    expect(revoked.status).toBe(204);
    expect(await works(bearer)).toBe(401);
    const other = await t.request('DELETE', `/api/users/${t.users.auditor.id}/api-tokens/${token.id}`, {
      headers: admin,
    });
    expect(other.status).toBe(404);
    const auditor = await t.signInAs('auditor');
    const trail = (await (
      await t.request('GET', `/api/audit/events?entityId=${token.id}`, { headers: auditor })
    ).json()) as { events: { action: string; actorUserId: string }[] };
    expect(trail.events.map((e) => e.action)).toContain('api_token.revoked');
  });

  it("an administrator revokes all of a user's tokens at once", async () => {
    const first = await userWithToken('labour_inspectorate', 'investigator');
    const second = await t.request('POST', '/api/me/tokens', {
      headers: first.headers,
      body: { name: 'second', scopes: ['organisation:read'] },
    });
    const secret = ((await second.json()) as { secret: string }).secret;
    const admin = await t.signInAs('system_administrator');
    const res = await t.request('DELETE', `/api/users/${first.userId}/api-tokens`, { headers: admin });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { revoked: number }).revoked).toBeGreaterThanOrEqual(2);
    expect(await works(first.bearer)).toBe(401);
    expect(await works({ authorization: `Bearer ${secret}` })).toBe(401);
  });
});
