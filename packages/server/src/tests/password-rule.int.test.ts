import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp, testPassword } from '../testing/test-app.ts';

type ErrorBody = { error: { code: string; message: string; details: { fields: { password: string } } } };

describeEachBackend('the password rule over HTTP', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let admin: Record<string, string>;

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
    admin = await t.signInAs('system_administrator');
  });
  afterAll(() => database?.close());

  const createUser = (password: string, email = 'leyla.mammadova@test.org') =>
    t.request('POST', '/api/users', {
      headers: admin,
      body: {
        email,
        displayName: 'Leyla Mammadova',
        organisationId: t.organisations.ngo.id,
        roles: ['case_worker'],
        password,
      },
    });

  it('refuses the trivial, the common, the email and the name when an administrator creates a user', async () => {
    const cases: [string, string][] = [
      ['aaaaaaaaaaaa', 'trivial'],
      ['123456789012', 'trivial'],
      ['password1234', 'common'],
      ['Password2026!', 'common'],
      ['leyla.mammadova@test.org', 'contains_email'],
      ['mammadova-since-1990', 'contains_name'],
    ];
    for (const [password, reason] of cases) {
      const res = await createUser(password);
      expect(res.status, password).toBe(422);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.details.fields.password, password).toBe(reason);
      expect(body.error.message.length).toBeGreaterThan(20);
    }
    expect((await createUser('OpenNRM-demo-2015')).status).toBe(201);
  });

  it("applies to an administrator's reset and to one's own change", async () => {
    const reset = await t.request('POST', `/api/users/${t.users.auditor.id}/password`, {
      headers: admin,
      body: { password: 'qwertyuiop12' },
    });
    expect(reset.status).toBe(422);
    expect(((await reset.json()) as ErrorBody).error.details.fields.password).toBe('trivial');
    const own = await t.request('POST', '/api/me/password', {
      headers: await t.signInAs('case_worker'),
      body: { currentPassword: testPassword, newPassword: 'iloveyou1234' },
    });
    expect(own.status).toBe(422);
    expect(((await own.json()) as ErrorBody).error.details.fields.password).toBe('common');
  });
});
