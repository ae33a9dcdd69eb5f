import { expect, it } from 'vitest';
import { describeAppOnEachBackend } from '../testing/describe-app-on-each-backend.ts';

/**
 * A lawful request over HTTP (docs/security/retention.md): the data protection officer exports
 * everything held on a person, the administrator's legal hold stops the erasure, released it
 * goes through; the identity is gone, the audit names no one and still verifies.
 */
describeAppOnEachBackend('data subject requests over HTTP', (app) => {
  it('exports, is held, erases, and keeps the audit free of the person', async () => {
    const t = app();
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

    // Typed in lower case, as an administrator may: the code finds the person all the same.
    const hold = `/api/retention/holds/${person.code.toLowerCase()}`;
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

  it('leaves out of the export a case of official complicity the officer may not read', async () => {
    const t = app();
    const police = await t.signInAs('investigator');
    const officer = await t.signInAs('auditor');
    const created = await t.request('POST', '/api/persons', {
      headers: police,
      body: {
        gender: 'Masculine',
        identity: { givenNames: 'Rustam', familyName: 'Aliyev' },
        confirmDuplicates: true,
      },
    });
    const { person } = (await created.json()) as { person: { id: string; code: string } };
    /** A police case with the person as its victim; an official defendant compartments it. */
    const openCase = async (reference: string, official: boolean) => {
      const opened = await t.request('POST', '/api/cases', {
        headers: police,
        body: {
          reference,
          openedBy: 'police_anti_trafficking',
          openedOn: '2025-03-04',
          legalBasis: ['144-2'],
          exploitationForms: ['ForcedLabour'],
          prosecutorUserId: t.users.prosecutor.id,
        },
      });
      const id = ((await opened.json()) as { criminalCase: { id: string } }).criminalCase.id;
      const linked = await t.request('POST', `/api/cases/${id}/victims`, {
        headers: police,
        body: { personId: person.id, role: 'victim', testified: false, protectionMeasures: [] },
      });
      expect(linked.status).toBe(200);
      const added = await t.request('POST', `/api/cases/${id}/defendants`, {
        headers: police,
        body: {
          kind: 'natural_person',
          name: 'Defendant D.',
          sex: 'male',
          ageBand: '30-44',
          citizenship: 'AZ',
          publicOfficial: official,
          publicFunction: official ? 'Border guard' : null,
          investigatedOn: '2025-03-04',
        },
      });
      expect(added.status).toBe(201);
      return id;
    };
    const ordinary = await openCase('ORD-2025/11', false);
    const complicity = await openCase('CMP-2025/12', true);

    const exported = await t.request('POST', '/api/retention/subject-access', {
      headers: officer,
      body: { code: person.code, requestReference: 'DPO-2026/9' },
    });
    expect(exported.status).toBe(200);
    const file = await exported.text();
    expect(file).toContain('ORD-2025/11');
    expect(file).toContain(ordinary);
    expect(file).not.toContain('CMP-2025/12');
    expect(file).not.toContain(complicity);
    const records = (JSON.parse(file) as { records: Record<string, unknown[]> }).records;
    expect([records.criminal_cases?.length, records.case_victims?.length]).toEqual([1, 1]);
  });
});
