import { defaultSecurity } from '@opennrm/core';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Headers = Record<string, string>;

/** What one request does to the scenario's person, as the acting organisation. */
const operations = [
  'read',
  'reveal',
  'edit',
  'decide',
  'share',
  'shareIdentity',
  'unshare',
  'recordConsent',
  'withdrawConsent',
  'refer',
  'referIdentity',
  'readSupport',
  'recordService',
  // A data subject's rights (docs/security/retention.md): the data protection officer's alone,
  // whatever the record's relationships; the owner cannot erase what it holds.
  'erase',
  'subjectAccess',
] as const;
type Operation = (typeof operations)[number];

/**
 * The record-relationship matrix, written out by hand (it is the specification the policy's
 * table must meet, not a copy of it): Y = allowed (2xx), N = refused (403/404 with the error
 * body). Columns in the order of `operations`. The NGO owns the person; the victim assistance
 * centre (VAC) is the recipient; the police are a direct share target; the shelter is the onward
 * recipient of the VAC; the migration service is unrelated.
 */
const matrix: Record<string, string> = {
  //                                 read reveal edit decide share shareId unshare consent withdraw refer referId support service erase access
  owner: 'Y Y Y Y Y Y Y Y Y Y Y Y Y N N',
  'recipient, sent, with identity': 'Y Y N Y N N N N N N N N N N N',
  'recipient, sent, without identity': 'Y N N Y N N N N N N N N N N N',
  'recipient, accepted, with identity': 'Y Y N Y N N N N N Y Y Y Y N N',
  'recipient, accepted, without identity': 'Y N N Y N N N N N Y N Y Y N N',
  'recipient, declined': 'N N N N N N N N N N N N N N N',
  'recipient, withdrawn': 'N N N N N N N N N N N N N N N',
  'recipient, completed': 'N N N N N N N N N N N N N N N',
  'share target, with identity': 'Y Y Y Y N N N N N N N Y Y N N',
  'share target, without identity': 'Y N Y Y N N N N N N N Y Y N N',
  // A shelter manager records no decisions (role), whatever the relationship.
  'onward recipient': 'Y Y N N N N N N N N N N N N N',
  'onward recipient, parent withdrawn': 'N N N N N N N N N N N N N N N',
  'unrelated body': 'N N N N N N N N N N N N N N N',
  'national coordinator': 'N N N N N N N N N N N N N N N',
  auditor: 'N N N N N N N N N N N N N Y Y',
  'system administrator': 'N N N N N N N N N N N N N N N',
};

describeEachBackend('record-relationship matrix over HTTP', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let as: Record<'ngo' | 'vac' | 'police' | 'shelter' | 'sms' | 'coordinator' | 'auditor' | 'admin', Headers>;

  beforeAll(async () => {
    database = await open();
    // Every cell registers a person: the duplicate-check limit is not what this test is about.
    t = await createTestApp(database, {
      security: {
        ...defaultSecurity,
        duplicateChecksPerUserHour: 1e6,
        duplicateChecksPerOrganisationHour: 1e6,
      },
    });
    as = {
      ngo: await t.signInAs('case_worker'),
      vac: await t.userIn('victim_assistance_centre', 'case_worker'),
      police: await t.signInAs('investigator'),
      shelter: await t.signInAs('shelter_manager'),
      sms: await t.userIn('migration_service', 'case_worker'),
      coordinator: await t.signInAs('national_coordinator'),
      auditor: await t.signInAs('auditor'),
      admin: await t.signInAs('system_administrator'),
    };
  });
  afterAll(() => database?.close());

  async function call(headers: Headers, method: string, path: string, body?: unknown) {
    const res = await t.request(method, path, { headers, ...(body === undefined ? {} : { body }) });
    const json = res.status === 204 ? null : ((await res.json()) as Record<string, never>);
    return { status: res.status, json };
  }
  async function ok(headers: Headers, method: string, path: string, body?: unknown) {
    const r = await call(headers, method, path, body);
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.json)}`);
    return r.json as unknown as { person: { id: string }; consent: { id: string }; referral: { id: string } };
  }

  const org = (key: 'vac' | 'police' | 'shelter' | 'labour') =>
    ({
      vac: t.organisations.victim_assistance_centre.id,
      police: t.organisations.police.id,
      shelter: t.organisations.shelter.id,
      labour: t.organisations.labour_inspectorate.id,
    })[key];

  /**
   * A person owned by the NGO, with a consent to share identity with any body (so identity
   * transfers have a basis: what is tested is who may give it), a record-only share with the
   * labour inspectorate, and the relationship of the scenario. Returns who acts and the ids.
   */
  async function scenario(name: string) {
    const familyName = `Matrix ${Math.random()}`;
    const { person } = await ok(as.ngo, 'POST', '/api/persons', {
      gender: 'Feminine',
      identity: { givenNames: 'Leyla', familyName },
      confirmDuplicates: true,
    });
    const id = person.id;
    const { consent } = await ok(as.ngo, 'POST', `/api/persons/${id}/consents`, {
      purposes: ['share_identity', 'receive_services'],
      organisationIds: [],
      means: 'written',
      givenOn: '2026-01-10',
    });
    await ok(as.ngo, 'POST', `/api/persons/${id}/shares`, {
      organisationId: org('labour'),
      reason: 'inspection',
    });
    const refer = async (from: Headers, to: string, shareIdentity: boolean) =>
      (
        await ok(from, 'POST', `/api/persons/${id}/referrals`, {
          toOrganisationId: to,
          services: ['shelter'],
          shareIdentity,
        })
      ).referral.id;
    const transition = (by: Headers, referralId: string, action: string, reason?: string) =>
      ok(by, 'POST', `/api/referrals/${referralId}/${action}`, reason ? { reason } : {});
    let actor: Headers = as.ngo;
    const [, status, identity] = /^recipient, (\w+)(?:, (with|without) identity)?$/.exec(name) ?? [];
    if (status) {
      actor = as.vac;
      const r = await refer(as.ngo, org('vac'), identity !== 'without');
      if (status === 'accepted' || status === 'completed') await transition(as.vac, r, 'accept');
      if (status === 'completed') await transition(as.vac, r, 'complete');
      if (status === 'declined') await transition(as.vac, r, 'decline', 'no capacity');
      if (status === 'withdrawn') await transition(as.ngo, r, 'withdraw');
    } else if (name.startsWith('share target')) {
      actor = as.police;
      await ok(as.ngo, 'POST', `/api/persons/${id}/shares`, {
        organisationId: org('police'),
        reason: 'identification decision',
        shareIdentity: name.endsWith('with identity'),
      });
    } else if (name.startsWith('onward recipient')) {
      actor = as.shelter;
      const r = await refer(as.ngo, org('vac'), true);
      await transition(as.vac, r, 'accept');
      await refer(as.vac, org('shelter'), true);
      if (name.endsWith('parent withdrawn')) await transition(as.ngo, r, 'withdraw');
    } else if (name !== 'owner') {
      actor = {
        'unrelated body': as.sms,
        'national coordinator': as.coordinator,
        auditor: as.auditor,
        'system administrator': as.admin,
      }[name] as Headers;
    }
    return { actor, id, consentId: consent.id, name: `Leyla ${familyName}` };
  }

  // A refused request changes nothing, so one scenario serves every refused cell of a row; an
  // allowed one gets its own (it may change what the next cell starts from).
  const shared = new Map<string, ReturnType<typeof scenario>>();
  async function attempt(name: string, operation: Operation, allowed: boolean) {
    if (!allowed && !shared.has(name)) shared.set(name, scenario(name));
    const { actor, id, consentId } = await (allowed
      ? scenario(name)
      : (shared.get(name) as ReturnType<typeof scenario>));
    const p = `/api/persons/${id}`;
    const requests: Record<Operation, () => Promise<{ status: number; json: unknown }>> = {
      read: () => call(actor, 'GET', p),
      reveal: () => call(actor, 'POST', `${p}/identity/reveal`, { reason: 'matrix' }),
      edit: () => call(actor, 'PATCH', p, { birthYear: 1990 }),
      decide: () =>
        call(actor, 'POST', `${p}/decisions`, {
          outcome: 'identified',
          decidedOn: '2026-01-12',
          grounds: 'matrix',
        }),
      share: () => call(actor, 'POST', `${p}/shares`, { organisationId: org('police'), reason: 'matrix' }),
      shareIdentity: () =>
        call(actor, 'POST', `${p}/shares`, {
          organisationId: org('police'),
          reason: 'matrix',
          shareIdentity: true,
        }),
      unshare: () => call(actor, 'DELETE', `${p}/shares/${org('labour')}`),
      recordConsent: () =>
        call(actor, 'POST', `${p}/consents`, {
          purposes: ['share_identity'],
          organisationIds: [org('police')],
          means: 'electronic',
          givenOn: '2026-01-11',
        }),
      withdrawConsent: () => call(actor, 'POST', `/api/consents/${consentId}/withdraw`, {}),
      refer: () =>
        call(actor, 'POST', `${p}/referrals`, {
          toOrganisationId: org('labour'),
          services: ['legal'],
          shareIdentity: false,
        }),
      referIdentity: () =>
        call(actor, 'POST', `${p}/referrals`, {
          toOrganisationId: org('labour'),
          services: ['legal'],
          shareIdentity: true,
        }),
      // Support follows the record (protection's read_support / record_support): an accepted
      // provider records what it delivered; one only asked does not.
      readSupport: () => call(actor, 'GET', `${p}/support`),
      recordService: () =>
        call(actor, 'POST', `${p}/services`, {
          serviceType: 'psychological',
          deliveredOn: '2026-01-12',
          outcome: 'ongoing',
        }),
      erase: async () =>
        call(actor, 'POST', '/api/retention/erasures', {
          code: (await t.deps.store.persons.get(id))!.code,
          legalBasis: 'consent_withdrawn',
          requestReference: 'DPO-1',
        }),
      subjectAccess: async () =>
        call(actor, 'POST', '/api/retention/subject-access', {
          code: (await t.deps.store.persons.get(id))!.code,
          requestReference: 'DPO-2',
        }),
    };
    return requests[operation]();
  }

  for (const [name, row] of Object.entries(matrix)) {
    describe(name, () => {
      const expected = row.split(' ');
      operations.forEach((operation, i) => {
        const allowed = expected[i] === 'Y';
        it(`${operation}: ${allowed ? 'allowed' : 'refused'}`, async () => {
          const { status, json } = await attempt(name, operation, allowed);
          if (allowed) expect(status, JSON.stringify(json)).toBeLessThan(300);
          else {
            expect([403, 404], JSON.stringify(json)).toContain(status);
            expect(json).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
          }
        });
      });
      // The lists are the same policy (issue 21): a person is in the actor's list exactly when
      // it may read the record, and found by name exactly when it may reveal the identity.
      it('list and name search: as read and reveal', async () => {
        const { actor, id, name: fullName } = await scenario(name);
        const owned = (await ok(as.ngo, 'GET', `/api/persons/${id}`)) as unknown as {
          person: { code: string };
        };
        const listed = await call(actor, 'GET', `/api/persons?code=${owned.person.code.toLowerCase()}`);
        const found = await call(actor, 'POST', '/api/persons/search', { name: fullName, limit: 200 });
        const ids = (r: { status: number; json: unknown }) =>
          r.status === 200 ? (r.json as { persons: { id: string }[] }).persons.map((p) => p.id) : [];
        expect(ids(listed).includes(id)).toBe(expected[0] === 'Y');
        expect(ids(found).includes(id)).toBe(expected[1] === 'Y');
      });
    });
  }
});

/** What one request does to the scenario's criminal case. */
const caseOperations = ['list', 'read', 'update', 'stage', 'reveal', 'clearFlag'] as const;
type CaseOperation = (typeof caseOperations)[number];

/**
 * The criminal-case relationships (policy/case-access-policy.ts), by hand like the matrix above:
 * the police opened the case and the prosecution's prosecutor is assigned. Columns: list (the
 * case is in the actor's list), read, update, record a stage, reveal a defendant's name, lift the
 * complicity flag. An ordinary case is its bodies'; a case of official complicity (the seed's
 * police officer who confiscated a worker's documents) only the integrity unit's and the assigned
 * prosecutor's: the opening unit's investigators, the opener included, lose it (404 by id). A
 * national coordinator sees counts only, through statistics.
 */
const caseMatrix: Record<string, { ordinary: string; complicity: string }> = {
  //                                           list read update stage reveal clearFlag
  'opening investigator': { ordinary: 'Y Y Y Y Y -', complicity: 'N N N N N N' },
  'investigator of the same unit': { ordinary: 'Y Y Y Y Y -', complicity: 'N N N N N N' },
  'assigned prosecutor': { ordinary: 'Y Y Y Y Y -', complicity: 'Y Y Y Y Y N' },
  'another prosecutor of the same office': { ordinary: 'Y Y Y Y Y -', complicity: 'N N N N N N' },
  'integrity unit': { ordinary: 'Y Y Y Y Y -', complicity: 'Y Y Y Y Y Y' },
  'investigator of another body': { ordinary: 'N N N N N -', complicity: 'N N N N N N' },
  'national coordinator': { ordinary: 'N N N N N -', complicity: 'N N N N N N' },
  'case worker of the victim NGO': { ordinary: 'N N N N N -', complicity: 'N N N N N N' },
};

describeEachBackend('criminal-case relationship matrix over HTTP (the complicity compartment)', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let actors: Record<string, Headers>;
  let police: Headers;

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
    police = await t.signInAs('investigator');
    actors = {
      'opening investigator': police,
      'investigator of the same unit': await t.userIn('police', 'investigator'),
      'assigned prosecutor': await t.signInAs('prosecutor'),
      'another prosecutor of the same office': await t.userIn('prosecution', 'prosecutor'),
      'integrity unit': await t.signInAs('integrity_officer'),
      'investigator of another body': await t.userIn('migration_service', 'investigator'),
      'national coordinator': await t.signInAs('national_coordinator'),
      'case worker of the victim NGO': await t.signInAs('case_worker'),
    };
  });
  afterAll(() => database?.close());

  async function json(res: Response) {
    return res.status === 204 ? null : ((await res.json()) as Record<string, unknown>);
  }

  /** A police case, assigned to the prosecutor; an official defendant puts it in the compartment. */
  async function scenario(complicity: boolean) {
    const opened = await t.request('POST', '/api/cases', {
      headers: police,
      body: {
        reference: `K-${Math.random()}`,
        openedBy: 'police_anti_trafficking',
        openedOn: '2014-05-12',
        legalBasis: ['144-2'],
        exploitationForms: ['ForcedLabour'],
        prosecutorUserId: t.users.prosecutor.id,
      },
    });
    const id = ((await opened.json()) as { criminalCase: { id: string } }).criminalCase.id;
    const added = await t.request('POST', `/api/cases/${id}/defendants`, {
      headers: police,
      body: {
        kind: 'natural_person',
        name: 'Officer R.',
        sex: 'male',
        ageBand: '30-44',
        citizenship: 'AZ',
        publicOfficial: complicity,
        publicFunction: complicity ? 'Police officer' : null,
        investigatedOn: '2014-05-12',
      },
    });
    expect(added.status).toBe(201);
    return { id, defendantId: ((await added.json()) as { defendant: { id: string } }).defendant.id };
  }

  async function attempt(actor: Headers, operation: CaseOperation, complicity: boolean) {
    const { id, defendantId } = await scenario(complicity);
    const version = 2;
    const p = `/api/cases/${id}`;
    const run: Record<CaseOperation, () => Promise<Response>> = {
      list: () => t.request('GET', '/api/cases?limit=200', { headers: actor }),
      read: () => t.request('GET', p, { headers: actor }),
      update: () =>
        t.request('PATCH', p, {
          headers: actor,
          body: { version: complicity ? version : 1, reference: 'X' },
        }),
      stage: () =>
        t.request('POST', `${p}/defendants/${defendantId}/stages`, {
          headers: actor,
          body: { version: 1, stage: 'charged', occurredOn: '2014-07-01' },
        }),
      reveal: () => t.request('POST', `${p}/defendants/${defendantId}/reveal`, { headers: actor }),
      clearFlag: () =>
        t.request('PATCH', p, {
          headers: actor,
          body: { version: complicity ? version : 1, officialFlag: false },
        }),
    };
    const res = await run[operation]();
    return { id, status: res.status, body: await json(res) };
  }

  for (const [name, rows] of Object.entries(caseMatrix)) {
    for (const kind of ['ordinary', 'complicity'] as const) {
      describe(`${name}, ${kind} case`, () => {
        caseOperations.forEach((operation, i) => {
          const cell = rows[kind].split(' ')[i];
          if (cell === '-') return;
          const allowed = cell === 'Y';
          it(`${operation}: ${allowed ? 'allowed' : 'refused'}`, async () => {
            const actor = actors[name] as Headers;
            const { id, status, body } = await attempt(actor, operation, kind === 'complicity');
            if (operation === 'list') {
              const ids = status === 200 ? (body as { cases: { id: string }[] }).cases.map((c) => c.id) : [];
              expect(ids.includes(id), JSON.stringify(body)).toBe(allowed);
              return;
            }
            if (allowed) expect(status, JSON.stringify(body)).toBeLessThan(300);
            else {
              // Whoever may not read the case learns nothing of it: 404 as for a case that is not there.
              const readable = rows[kind].split(' ')[1] === 'Y';
              expect(status, JSON.stringify(body)).toBe(readable ? 403 : 404);
            }
          });
        });
      });
    }
  }

  it('tells an investigator who opens or flags a complicity case only that it was handed over', async () => {
    const body = {
      reference: `K-${Math.random()}`,
      openedBy: 'police_anti_trafficking',
      openedOn: '2014-05-12',
      legalBasis: ['144-2'],
      exploitationForms: ['ForcedLabour'],
      prosecutorUserId: t.users.prosecutor.id,
    };
    const flagged = await t.request('POST', '/api/cases', {
      headers: police,
      body: { ...body, officialFlag: true },
    });
    expect([flagged.status, await flagged.json()]).toEqual([202, { handedOver: true }]);
    // An ordinary case, then flagged by its own investigator: the answer holds nothing of it either.
    const opened = await t.request('POST', '/api/cases', { headers: police, body });
    const { criminalCase } = (await opened.json()) as { criminalCase: { id: string; version: number } };
    const patched = await t.request('PATCH', `/api/cases/${criminalCase.id}`, {
      headers: police,
      body: { version: criminalCase.version, officialFlag: true },
    });
    expect([patched.status, await patched.json()]).toEqual([202, { handedOver: true }]);
    // The integrity unit flagging a case answers with the case, which it may read.
    const integrity = actors['integrity unit'] as Headers;
    const own = await t.request('POST', '/api/cases', {
      headers: integrity,
      body: { ...body, officialFlag: true },
    });
    expect(own.status).toBe(201);
  });

  it('audits every read of a complicity case, by whoever read it', async () => {
    const { id } = await scenario(true);
    const integrity = actors['integrity unit'] as Headers;
    expect((await t.request('GET', `/api/cases/${id}`, { headers: integrity })).status).toBe(200);
    expect((await t.request('GET', `/api/cases/${id}`, { headers: police })).status).toBe(404);
    const events = await t.deps.store.audit.list({ entityId: id, action: 'criminal_case.read', limit: 10 });
    expect(events.map((e) => e.actorUserId)).toEqual([t.users.integrity_officer.id]);
    const listed = await t.request('GET', '/api/cases?complicity=true&limit=200', { headers: integrity });
    expect(listed.status).toBe(200);
    const audit = await t.deps.store.audit.list({ action: 'criminal_case.listed', limit: 10 });
    expect(audit.some((e) => JSON.stringify(e.details).includes(id))).toBe(true);
  });

  it('shows a linked victim only to whoever the person policy lets read the person', async () => {
    const ngo = actors['case worker of the victim NGO'] as Headers;
    const made = await t.request('POST', '/api/persons', {
      headers: ngo,
      body: { gender: 'Masculine', identity: { givenNames: 'Worker' }, confirmDuplicates: true },
    });
    const personId = ((await made.json()) as { person: { id: string; code: string } }).person.id;
    await t.request('POST', `/api/persons/${personId}/shares`, {
      headers: ngo,
      body: { organisationId: t.organisations.police.id, reason: 'case' },
    });
    const { id } = await scenario(false);
    const linked = await t.request('POST', `/api/cases/${id}/victims`, {
      headers: police,
      body: { personId, role: 'victim_witness', testified: true, protectionMeasures: ['anonymity'] },
    });
    expect(linked.status).toBe(200);
    const victimsAs = async (h: Headers) =>
      (
        (await (await t.request('GET', `/api/cases/${id}`, { headers: h })).json()) as {
          victims: { personId: string | null; testified: boolean }[];
        }
      ).victims;
    expect((await victimsAs(police))[0]?.personId).toBe(personId);
    // The prosecution reads the case but was never given the person: the link does not widen it.
    const prosecutor = actors['assigned prosecutor'] as Headers;
    expect(await victimsAs(prosecutor)).toEqual([
      expect.objectContaining({ personId: null, testified: true }),
    ]);
    expect((await t.request('GET', `/api/persons/${personId}`, { headers: prosecutor })).status).toBe(403);
  });
});

/**
 * A hotline call that created a potential-case alert to the police, and the record of the person
 * it was about that the hotline registered. Who sees what of it, by relationship, written out by
 * hand: the contact (listed; opened), its caller's identity, the alert, the person. The contact
 * never widens access: the alert follows the alert policy, the person the person policy (the
 * hotline registers persons but never reads one back, its own included; so it cannot link the
 * contact to that person either: linking asks the person's `contribute`).
 */
const hotlineColumns = ['listContact', 'openContact', 'caller', 'alert', 'person'] as const;
const hotlineMatrix: Record<string, string> = {
  //                                       list open caller alert person
  'the hotline that took the call': 'Y Y Y Y N',
  // An NGO running a hotline of its own: another organisation's calls are as absent as none.
  'another hotline': 'N N N N N',
  'the alert’s recipient (police)': 'N N N Y N',
  'national coordinator': 'N N N N N',
  'case worker of an NGO': 'N N N N N',
  auditor: 'N N N N N',
  'system administrator': 'N N N N N',
};

describeEachBackend('hotline contact relationship matrix over HTTP', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let actors: Record<string, Headers>;
  let ids: { contact: string; alert: string; person: string };

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
    const hotline = await t.signInAs('hotline_operator');
    actors = {
      'the hotline that took the call': hotline,
      'another hotline': await t.userIn('ngo', 'hotline_operator'),
      'the alert’s recipient (police)': await t.signInAs('investigator'),
      'national coordinator': await t.signInAs('national_coordinator'),
      'case worker of an NGO': await t.signInAs('case_worker'),
      auditor: await t.signInAs('auditor'),
      'system administrator': await t.signInAs('system_administrator'),
    };
    const post = async (path: string, body: unknown) => {
      const res = await t.request('POST', path, { headers: hotline, body });
      const text = await res.text();
      expect(res.status, text).toBe(201);
      return JSON.parse(text) as Record<string, { id: string }> & { id: string };
    };
    const alert = await post('/api/alerts', {
      toOrganisationId: t.organisations.police.id,
      subject: 'workplace',
      title: 'Greenhouse, Lankaran',
      details: 'Workers are not paid and cannot leave',
    });
    const person = await post('/api/persons', { gender: 'Masculine', confirmDuplicates: true });
    const contact = await post('/api/hotline/contacts', {
      channel: 'phone',
      language: 'az',
      callerType: 'possible_victim',
      topic: 'labour_exploitation',
      outcome: 'alert_created',
      alertId: alert.alert!.id,
      callerIdentity: 'Rauf, +994 70 222 33 44',
    });
    ids = { contact: contact.id, alert: alert.alert!.id, person: person.person!.id };
  });
  afterAll(() => database?.close());

  for (const [name, row] of Object.entries(hotlineMatrix)) {
    it(`${name}: ${row}`, async () => {
      const headers = actors[name]!;
      const get = (path: string) => t.request('GET', path, { headers });
      const listed = await get('/api/hotline/contacts');
      const list = listed.status === 200 ? await listed.text() : '';
      const opened = await get(`/api/hotline/contacts/${ids.contact}`);
      const detail = opened.status === 200 ? await opened.text() : '';
      // Never in a list, whoever asks.
      expect(list).not.toContain('222 33 44');
      const cells: Record<(typeof hotlineColumns)[number], boolean> = {
        listContact: list.includes(ids.contact),
        openContact: opened.status === 200,
        caller: detail.includes('Rauf, +994 70 222 33 44'),
        alert: (await get(`/api/alerts/${ids.alert}`)).status === 200,
        person: (await get(`/api/persons/${ids.person}`)).status === 200,
      };
      expect(hotlineColumns.map((c) => (cells[c] ? 'Y' : 'N')).join(' ')).toBe(row);
    });
  }
});
