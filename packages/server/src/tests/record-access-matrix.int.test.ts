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
  //                                 read reveal edit decide share shareId unshare consent withdraw refer referId support service
  owner: 'Y Y Y Y Y Y Y Y Y Y Y Y Y',
  'recipient, sent, with identity': 'Y Y N Y N N N N N N N N N',
  'recipient, sent, without identity': 'Y N N Y N N N N N N N N N',
  'recipient, accepted, with identity': 'Y Y N Y N N N N N Y Y Y Y',
  'recipient, accepted, without identity': 'Y N N Y N N N N N Y N Y Y',
  'recipient, declined': 'N N N N N N N N N N N N N',
  'recipient, withdrawn': 'N N N N N N N N N N N N N',
  'recipient, completed': 'N N N N N N N N N N N N N',
  'share target, with identity': 'Y Y Y Y N N N N N N N Y Y',
  'share target, without identity': 'Y N Y Y N N N N N N N Y Y',
  // A shelter manager records no decisions (role), whatever the relationship.
  'onward recipient': 'Y Y N N N N N N N N N N N',
  'onward recipient, parent withdrawn': 'N N N N N N N N N N N N N',
  'unrelated body': 'N N N N N N N N N N N N N',
  'national coordinator': 'N N N N N N N N N N N N N',
  auditor: 'N N N N N N N N N N N N N',
  'system administrator': 'N N N N N N N N N N N N N',
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
    const { person } = await ok(as.ngo, 'POST', '/api/persons', {
      gender: 'Feminine',
      identity: { givenNames: 'Leyla', familyName: `Matrix ${Math.random()}` },
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
    return { actor, id, consentId: consent.id };
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
    });
  }
});
