import { defaultSecurity, generateTotpCode } from '@opennrm/core';
import { addUser } from '@opennrm/core/testing';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp, testPassword } from '../testing/test-app.ts';

type Me = {
  secondFactor: { required: boolean; enrolled: boolean; recoveryCodesLeft: number };
  permissions: string[];
};
type Step = { step: 'second_factor'; challenge: string };

describeEachBackend('second factor (TOTP) over HTTP', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  beforeAll(async () => {
    database = await open();
    // Case workers may reveal identities: here their role requires the second factor.
    t = await createTestApp(database, {
      security: {
        ...defaultSecurity,
        duplicateChecksPerUserHour: 100_000,
        duplicateChecksPerOrganisationHour: 100_000,
        secondFactorRoles: ['case_worker'],
      },
    });
  });
  afterAll(() => database?.close());

  const signIn = (email: string, password = testPassword) =>
    t.request('POST', '/api/auth/sign-in', { body: { email, password } });
  const headersOf = async (res: Response) => ({
    cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '',
    'x-csrf-token': ((await res.clone().json()) as { csrfToken: string }).csrfToken,
  });

  /** A new case worker, enrolled through the API: their email, key and recovery codes. */
  async function enrolledCaseWorker() {
    const email = `cw-${crypto.randomUUID()}@test.opennrm.org`;
    await addUser(t.deps, t.organisations.ngo, ['case_worker'], email);
    const headers = await headersOf(await signIn(email));
    const started = await t.request('POST', '/api/me/second-factor/enrolment', { headers });
    const { secret } = (await started.json()) as { secret: string };
    const enrolledAt = new Date();
    const confirmed = await t.request('POST', '/api/me/second-factor', {
      headers,
      body: { code: generateTotpCode(secret, enrolledAt) },
    });
    const { recoveryCodes } = (await confirmed.json()) as { recoveryCodes: string[] };
    return { email, secret, recoveryCodes, enrolledAt };
  }

  it('a role that requires it may only enrol until it does; the key is sealed and never audited', async () => {
    const email = `cw-${crypto.randomUUID()}@test.opennrm.org`;
    const user = await addUser(t.deps, t.organisations.ngo, ['case_worker'], email);
    const headers = await headersOf(await signIn(email));
    const me = (await (await t.request('GET', '/api/me', { headers })).json()) as Me;
    expect(me.secondFactor).toEqual({ required: true, enrolled: false, recoveryCodesLeft: 0 });
    expect(me.permissions).toEqual(['account:update', 'user:read']);
    expect((await t.request('GET', '/api/persons', { headers })).status).toBe(403);

    const started = await t.request('POST', '/api/me/second-factor/enrolment', { headers });
    const { secret, uri } = (await started.json()) as { secret: string; uri: string };
    expect(uri).toMatch(/^otpauth:\/\/totp\/OpenNRM:.+secret=/);
    const wrong = await t.request('POST', '/api/me/second-factor', { headers, body: { code: '000000' } });
    expect(wrong.status).toBe(422);
    const confirmed = await t.request('POST', '/api/me/second-factor', {
      headers,
      body: { code: generateTotpCode(secret, new Date()) },
    });
    expect(confirmed.status).toBe(200);
    const { recoveryCodes } = (await confirmed.json()) as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    // The same session now works: the restriction is decided at each request.
    expect((await t.request('GET', '/api/persons', { headers })).status).toBe(200);
    const again = await t.request('POST', '/api/me/second-factor/enrolment', { headers });
    expect(again.status).toBe(409);

    const stored = await sql<{ secret_sealed: string; codes: string }>`
      select f.secret_sealed, (select string_agg(code_hash, ',') from user_recovery_codes c
        where c.user_id = f.user_id) as codes
      from user_second_factors f where f.user_id = ${user.id}`.execute(database.db);
    const row = stored.rows[0];
    expect(row?.secret_sealed.startsWith('s1.')).toBe(true);
    expect(row?.secret_sealed).not.toContain(secret);
    for (const code of recoveryCodes) expect(row?.codes).not.toContain(code.replaceAll('-', ''));
    const [event] = await t.deps.store.audit.list({
      action: 'user.second_factor_enrolled',
      entityId: user.id,
      limit: 5,
    });
    expect(event?.details).toEqual({ method: 'totp', recoveryCodes: 10 });
    expect(JSON.stringify(event)).not.toContain(secret);
  });

  it('the password alone gives no session; a code signs in once, a recovery code once', async () => {
    const { email, secret, recoveryCodes, enrolledAt } = await enrolledCaseWorker();
    const first = await signIn(email);
    expect(first.status).toBe(202);
    expect(first.headers.get('set-cookie')).toBeNull();
    const { challenge } = (await first.json()) as Step;
    // The code that confirmed the enrolment, still within the window: a code is never reused.
    const code = generateTotpCode(secret, enrolledAt);
    const replay = await t.request('POST', '/api/auth/second-factor', { body: { challenge, code } });
    expect(replay.status).toBe(401);

    const withRecovery = await t.request('POST', '/api/auth/second-factor', {
      body: { challenge, recoveryCode: recoveryCodes[0]?.toLowerCase() },
    });
    expect(withRecovery.status).toBe(200);
    const me = (await withRecovery.clone().json()) as Me;
    expect(me.secondFactor.recoveryCodesLeft).toBe(9);
    const headers = await headersOf(withRecovery);
    expect((await t.request('GET', '/api/persons', { headers })).status).toBe(200);
    // The challenge is spent, and so is the recovery code.
    const spent = await t.request('POST', '/api/auth/second-factor', {
      body: { challenge, recoveryCode: recoveryCodes[1] },
    });
    expect(spent.status).toBe(401);
    const next = (await (await signIn(email)).json()) as Step;
    const reused = await t.request('POST', '/api/auth/second-factor', {
      body: { challenge: next.challenge, recoveryCode: recoveryCodes[0] },
    });
    expect(reused.status).toBe(401);
    const used = await t.deps.store.audit.list({ action: 'auth.recovery_code_used', limit: 50 });
    expect(used.some((e) => e.details.recoveryCodesLeft === 9)).toBe(true);
  });

  it('wrong codes lock the account exactly as wrong passwords do', async () => {
    const { email, secret } = await enrolledCaseWorker();
    const { challenge } = (await (await signIn(email)).json()) as Step;
    const statuses: number[] = [];
    for (let i = 0; i < defaultSecurity.lockoutThreshold + 1; i += 1) {
      const res = await t.request('POST', '/api/auth/second-factor', { body: { challenge, code: '123456' } });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 423]);
    const right = await t.request('POST', '/api/auth/second-factor', {
      body: { challenge, code: generateTotpCode(secret, new Date(Date.now() + 30_000)) },
    });
    expect(right.status).toBe(423);
    expect((await signIn(email)).status).toBe(423);
    const locks = await t.deps.store.audit.list({ action: 'auth.account_locked', limit: 10 });
    expect(locks.some((e) => e.details.reason === 'wrong_second_factor')).toBe(true);
  });

  it('the administrator resets a lost phone: sessions end, the next sign-in enrols again', async () => {
    const { email } = await enrolledCaseWorker();
    const user = await t.deps.store.users.findByEmail(email);
    const { challenge } = (await (await signIn(email)).json()) as Step;
    const admin = await t.signInAs('system_administrator');
    const reset = await t.request('POST', `/api/users/${user?.id}/second-factor/reset`, { headers: admin });
    expect(reset.status).toBe(204);
    // The waiting sign-in went with the factor.
    const late = await t.request('POST', '/api/auth/second-factor', { body: { challenge, code: '123456' } });
    expect(late.status).toBe(401);
    const res = await signIn(email);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Me).secondFactor).toMatchObject({ required: true, enrolled: false });
    const [event] = await t.deps.store.audit.list({
      action: 'user.second_factor_reset',
      entityId: user?.id,
      limit: 1,
    });
    expect(event?.details).toMatchObject({ hadSecondFactor: true });
    expect(event?.actorUserId).toBe(t.users.system_administrator.id);
    // Never their own: a stolen administrator session cannot strip the factor from its account.
    const own = await t.request('POST', `/api/users/${t.users.system_administrator.id}/second-factor/reset`, {
      headers: admin,
    });
    expect(own.status).toBe(403);
  });
});
