import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

/**
 * A lawful request over HTTP (docs/security/retention.md): the data protection officer exports
 * everything held on a person, the administrator's legal hold stops the erasure, released it
 * goes through; the identity is gone, the audit names no one and still verifies.
 */
describeEachBackend('data subject requests over HTTP', (open) => {
  let database: TestDatabase;
  let t: TestApp;

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
  });
  afterAll(() => database?.close());

  it('exports, is held, erases, and keeps the audit free of the person', async () => {
    const ngo = await t.signInAs('case_worker');
    const officer = await t.signInAs('auditor');
    const admin = await t.signInAs('system_administrator');
    const created = await t.request('POST', '/api/persons', {
      headers: ngo,
      body: {
        gender: 'Feminine',
        citizenships: ['UZ'],
        identity: {
          givenNames: 'Dilnoza',
          familyName: 'Karimova',
          contacts: [{ kind: 'phone', value: '+998 90 111 2233' }],
        },
        confirmDuplicates: true,
      },
    });
    const { person } = (await created.json()) as { person: { id: string; code: string } };
    await t.request('POST', `/api/persons/${person.id}/decisions`, {
      headers: ngo,
      body: { outcome: 'identified', decidedOn: '2026-01-10', grounds: 'Held in a flat in Yasamal' },
    });

    const exported = await t.request('POST', '/api/retention/subject-access', {
      headers: officer,
      body: { code: person.code, requestReference: 'DPO-2026/7' },
    });
    expect(exported.headers.get('content-disposition')).toContain(`subject-access-${person.code}.json`);
    const file = await exported.text();
    for (const held of ['Dilnoza', 'Karimova', '+998 90 111 2233', 'Held in a flat in Yasamal'])
      expect(file).toContain(held);

    const hold = `/api/retention/holds/${person.code}`;
    expect(
      (await t.request('PUT', hold, { headers: admin, body: { reason: 'Court order 12/2026' } })).status,
    ).toBe(204);
    const erase = () =>
      t.request('POST', '/api/retention/erasures', {
        headers: officer,
        body: { code: person.code, legalBasis: 'consent_withdrawn', requestReference: 'DPO-2026/8' },
      });
    const refused = await erase();
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: { details: { holds: ['legal_hold'] } } });
    const plan = (await (await t.request('GET', '/api/retention/plan', { headers: admin })).json()) as {
      enabled: boolean;
    };
    expect(plan.enabled).toBe(false);
    expect((await t.request('DELETE', hold, { headers: admin })).status).toBe(204);
    expect((await erase()).status).toBe(200);
    expect((await erase()).status).toBe(409);

    const revealed = await t.request('POST', `/api/persons/${person.id}/identity/reveal`, {
      headers: ngo,
      body: { reason: 'check' },
    });
    const after = JSON.stringify(await revealed.json());
    for (const gone of ['Dilnoza', 'Karimova', '+998', 'Yasamal']) expect(after).not.toContain(gone);
    // The record stays for the figures.
    const still = (await (await t.request('GET', `/api/persons/${person.id}`, { headers: ngo })).json()) as {
      person: { gender: string; citizenships: string[] };
    };
    expect([still.person.gender, still.person.citizenships]).toEqual(['Feminine', ['UZ']]);

    const events = (await (
      await t.request('GET', '/api/audit/events?limit=50', { headers: officer })
    ).json()) as {
      events: { action: string; details: unknown }[];
    };
    const actions = events.events.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['person.subject_access_exported', 'retention.hold_set', 'person.erased']),
    );
    expect(JSON.stringify(events.events)).not.toMatch(/Dilnoza|Karimova|Court order|Yasamal/);
    const verified = (await (await t.request('GET', '/api/audit/verify', { headers: officer })).json()) as {
      ok: boolean;
    };
    expect(verified.ok).toBe(true);
  });
});
