import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, testPassword } from '../testing/test-app.ts';

describeEachBackend('sessions, CSRF and API tokens over HTTP', (open) => {
  let database: TestDatabase;
  let t: TestApp;

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
  });
  afterAll(() => database?.close());

  it('sets an HttpOnly, SameSite=Strict session cookie; Secure only over TLS', async () => {
    const plain = await t.request('POST', '/api/auth/sign-in', {
      body: { email: t.users.case_worker.email, password: testPassword },
    });
    const cookie = plain.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^opennrm_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure');
    const tls = await t.app.request('https://nrm.example/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: t.users.case_worker.email, password: testPassword }),
    });
    expect(tls.headers.get('set-cookie')).toContain('Secure');
  });

  it('refuses a cookie write without the CSRF token, accepts it with the token', async () => {
    const headers = await t.signInAs('case_worker');
    const without = await t.request('PATCH', '/api/me', {
      headers: { cookie: headers.cookie ?? '' },
      body: { locale: 'ru' },
    });
    expect(without.status).toBe(403);
    expect(((await without.json()) as { error: { code: string } }).error.code).toBe('csrf_failed');
    const wrong = await t.request('PATCH', '/api/me', {
      headers: { ...headers, 'x-csrf-token': 'nope' },
      body: { locale: 'ru' },
    });
    expect(wrong.status).toBe(403);
    const ok = await t.request('PATCH', '/api/me', { headers, body: { locale: 'ru' } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { user: { locale: string } }).user.locale).toBe('ru');
  });

  it('signs out everywhere: every session of the user stops working', async () => {
    const first = await t.signInAs('investigator');
    const second = await t.signInAs('investigator');
    expect((await t.request('GET', '/api/me', { headers: first })).status).toBe(200);
    expect((await t.request('POST', '/api/auth/sign-out-everywhere', { headers: second })).status).toBe(204);
    expect((await t.request('GET', '/api/me', { headers: first })).status).toBe(401);
    expect((await t.request('GET', '/api/me', { headers: second })).status).toBe(401);
  });

  it('locks an account after repeated wrong passwords, and an administrator can unlock it', async () => {
    const email = t.users.prosecutor.email;
    for (let i = 0; i < t.deps.security.lockoutThreshold; i += 1) {
      const res = await t.request('POST', '/api/auth/sign-in', {
        body: { email, password: 'wrong-password-123' },
      });
      expect(res.status).toBe(401);
    }
    const locked = await t.request('POST', '/api/auth/sign-in', { body: { email, password: testPassword } });
    expect(locked.status).toBe(423);
    const admin = await t.signInAs('system_administrator');
    expect(
      (await t.request('POST', `/api/users/${t.users.prosecutor.id}/unlock`, { headers: admin })).status,
    ).toBe(200);
    expect((await t.signInAs('prosecutor')).cookie).toMatch(/^opennrm_session=/);
  });

  it('limits sign-in attempts per client address behind a trusted proxy', async () => {
    const limited = await createTestApp(await open(), { trustedProxies: [] });
    // In-process requests have no socket address: every one counts for the same client.
    const attempts = limited.deps.security.ipAttemptsPerWindow;
    for (let i = 0; i < attempts; i += 1) {
      await limited.request('POST', '/api/auth/sign-in', {
        body: { email: `nobody${i}@x.org`, password: 'whatever-123456' },
      });
    }
    const res = await limited.request('POST', '/api/auth/sign-in', {
      body: { email: t.users.auditor.email, password: testPassword },
    });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    const events = await limited.deps.store.audit.list({ action: 'auth.sign_in_failed', limit: 100 });
    expect(events.length).toBe(1); // counted, not flooding the log
  });

  describe('personal API tokens', () => {
    it('authenticate as bearer without CSRF, narrowed to their scopes, until revoked', async () => {
      const admin = await t.signInAs('system_administrator');
      const made = await t.request('POST', '/api/me/tokens', {
        headers: admin,
        body: { name: 'integration', scopes: ['organisation:read'], expiresInDays: 30 },
      });
      expect(made.status).toBe(201);
      const { token, secret } = (await made.json()) as { token: { id: string }; secret: string };
      expect(secret).toMatch(/^onrm_/);
      const bearer = { authorization: `Bearer ${secret}` };
      expect((await t.request('GET', '/api/organisations', { headers: bearer })).status).toBe(200);
      const write = await t.request('POST', '/api/organisations', {
        headers: bearer,
        body: { name: 'Via token', type: 'ngo' },
      });
      expect(write.status).toBe(403);
      const list = (await (await t.request('GET', '/api/me/tokens', { headers: admin })).json()) as {
        tokens: unknown[];
      };
      expect(JSON.stringify(list)).not.toContain(secret);
      expect((await t.request('DELETE', `/api/me/tokens/${token.id}`, { headers: admin })).status).toBe(204);
      expect((await t.request('GET', '/api/organisations', { headers: bearer })).status).toBe(401);
    });

    it('refuses scopes the user does not hold', async () => {
      const headers = await t.signInAs('case_worker');
      const res = await t.request('POST', '/api/me/tokens', {
        headers,
        body: { name: 'x', scopes: ['audit_log:read'] },
      });
      expect(res.status).toBe(422);
    });
  });

  it('answers with a request id and security headers', async () => {
    const res = await t.request('GET', '/api/health');
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(((await res.json()) as { database: string }).database).toBe(database.kind);
  });

  it('never shows a sealed address in lists or the audit log; a reveal is audited', async () => {
    const admin = await t.signInAs('system_administrator');
    const created = await t.request('POST', '/api/organisations', {
      headers: admin,
      body: { name: 'Secret shelter', type: 'shelter', address: 'Nizami street 12, flat 4' },
    });
    const { organisation } = (await created.json()) as { organisation: { id: string; hasAddress: boolean } };
    expect(organisation.hasAddress).toBe(true);
    const list = await (await t.request('GET', '/api/organisations', { headers: admin })).text();
    expect(list).not.toContain('Nizami');
    // The administrator who typed it cannot read it back: a shelter's address says where victims are.
    const refused = await t.request('POST', `/api/organisations/${organisation.id}/address/reveal`, {
      headers: admin,
    });
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain('Nizami');

    // The shelter's own staff can, and the reveal is audited without the address.
    const shelter = t.organisations.shelter.id;
    const patched = await t.request('PATCH', `/api/organisations/${shelter}`, {
      headers: admin,
      body: { address: 'Fuzuli street 3' },
    });
    expect(patched.status).toBe(200);
    const manager = await t.signInAs('shelter_manager');
    const revealed = await t.request('POST', `/api/organisations/${shelter}/address/reveal`, {
      headers: manager,
    });
    expect(((await revealed.json()) as { address: string }).address).toBe('Fuzuli street 3');
    const auditor = await t.signInAs('auditor');
    const trail = await (
      await t.request('GET', `/api/audit/events?entityId=${shelter}`, { headers: auditor })
    ).text();
    expect(trail).toContain('organisation.address_revealed');
    expect(trail).not.toContain('Fuzuli');
  });
});
