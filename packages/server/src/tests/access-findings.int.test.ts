import { defaultSecurity } from '@opennrm/core';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Headers = Record<string, string>;
type Json = Record<string, unknown>;

/**
 * The hostile-insider findings of the access-model review, each replayed over HTTP: the attack
 * is refused and the legitimate path beside it still works. (The record-relationship matrix
 * covers the rest: recipients sharing, recording consent, deleting shares, onward access.)
 */
describeEachBackend('access findings over HTTP', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let ngo: Headers;
  let vac: Headers;
  let police: Headers;
  let prosecutor: Headers;
  let auditor: Headers;

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database, { security: defaultSecurity });
    ngo = await t.signInAs('case_worker');
    vac = await t.userIn('victim_assistance_centre', 'case_worker');
    police = await t.signInAs('investigator');
    prosecutor = await t.signInAs('prosecutor');
    auditor = await t.signInAs('auditor');
  });
  afterAll(() => database?.close());

  async function call(headers: Headers, method: string, path: string, body?: unknown) {
    const res = await t.request(method, path, { headers, ...(body === undefined ? {} : { body }) });
    return { status: res.status, json: (res.status === 204 ? {} : await res.json()) as Json };
  }

  async function register(
    familyName: string,
    birthDate = '1990-04-01',
  ): Promise<{ id: string; code: string }> {
    const r = await call(ngo, 'POST', '/api/persons', {
      gender: 'Feminine',
      identity: { givenNames: 'Aysel', familyName, birthDate },
      confirmDuplicates: true,
    });
    expect(r.status).toBe(201);
    return r.json.person as { id: string; code: string };
  }

  async function events(action: string): Promise<{ action: string; details: Json }[]> {
    const r = await call(auditor, 'GET', `/api/audit/events?action=${action}&limit=200`);
    return (r.json as { events: { action: string; details: Json }[] }).events;
  }

  it('a direct share carries identity only with a consent covering the target', async () => {
    const { id } = await register('Share');
    const prosecution = t.organisations.prosecution.id;
    const share = (body: Json) =>
      call(ngo, 'POST', `/api/persons/${id}/shares`, {
        organisationId: prosecution,
        reason: 'case',
        ...body,
      });
    const refused = await share({ shareIdentity: true });
    expect(refused.status).toBe(422);
    expect(refused.json).toMatchObject({ error: { details: { reason: 'consent_required' } } });
    // The record-only share works, and does not reveal.
    expect((await share({})).status).toBe(204);
    expect((await call(prosecutor, 'GET', `/api/persons/${id}`)).status).toBe(200);
    expect(
      (await call(prosecutor, 'POST', `/api/persons/${id}/identity/reveal`, { reason: 'x' })).status,
    ).toBe(403);
    // With the person's consent naming the prosecution, the owner widens the share.
    await call(ngo, 'POST', `/api/persons/${id}/consents`, {
      purposes: ['share_identity'],
      organisationIds: [prosecution],
      means: 'written',
      givenOn: '2026-01-10',
    });
    expect((await share({ shareIdentity: true })).status).toBe(204);
    const revealed = await call(prosecutor, 'POST', `/api/persons/${id}/identity/reveal`, { reason: 'x' });
    expect(revealed.status).toBe(200);
    expect(revealed.json).toMatchObject({ identity: { familyName: 'Share' } });
    // Withdrawing that consent stops the share carrying identity at once.
    const consents = (await call(ngo, 'GET', `/api/persons/${id}/consents`)).json.consents as {
      id: string;
    }[];
    await call(ngo, 'POST', `/api/consents/${consents[0]?.id}/withdraw`, {});
    expect(
      (await call(prosecutor, 'POST', `/api/persons/${id}/identity/reveal`, { reason: 'x' })).status,
    ).toBe(403);
  });

  it('a recipient cannot unlock what the owner withheld: self-share, consent for others, onward identity', async () => {
    const { id } = await register('Recipient');
    const centre = t.organisations.victim_assistance_centre.id;
    const sent = await call(ngo, 'POST', `/api/persons/${id}/referrals`, {
      toOrganisationId: centre,
      services: ['shelter'],
      shareIdentity: false,
    });
    const referralId = (sent.json.referral as { id: string }).id;
    await call(vac, 'POST', `/api/referrals/${referralId}/accept`, {});
    expect((await call(vac, 'POST', `/api/persons/${id}/identity/reveal`, { reason: 'x' })).status).toBe(403);
    const self = await call(vac, 'POST', `/api/persons/${id}/shares`, {
      organisationId: centre,
      reason: 'self',
    });
    expect(self.status).toBe(403);
    const consent = await call(vac, 'POST', `/api/persons/${id}/consents`, {
      purposes: ['share_identity'],
      organisationIds: [t.organisations.police.id],
      means: 'written',
      givenOn: '2026-01-10',
    });
    expect(consent.status).toBe(403);
    const onward = await call(vac, 'POST', `/api/persons/${id}/referrals`, {
      toOrganisationId: t.organisations.police.id,
      services: ['investigation'],
      shareIdentity: true,
      overrideReason: 'urgent',
    });
    expect(onward.status).toBe(403);
    expect((await call(vac, 'POST', `/api/persons/${id}/identity/reveal`, { reason: 'x' })).status).toBe(403);
  });

  it('a withdrawn referral leaves the former recipient nothing: no record, no inbox entry, no code', async () => {
    const { id, code } = await register('Withdrawn');
    const sent = await call(ngo, 'POST', `/api/persons/${id}/referrals`, {
      toOrganisationId: t.organisations.victim_assistance_centre.id,
      services: ['medical'],
      shareIdentity: false,
    });
    const referralId = (sent.json.referral as { id: string }).id;
    expect(JSON.stringify((await call(vac, 'GET', '/api/inbox')).json)).toContain(referralId);
    await call(ngo, 'POST', `/api/referrals/${referralId}/withdraw`, { reason: 'Aysel moved to Ganja' });
    expect((await call(vac, 'GET', `/api/persons/${id}`)).status).toBe(403);
    expect((await call(vac, 'GET', `/api/referrals/${referralId}`)).status).toBe(403);
    const inbox = JSON.stringify((await call(vac, 'GET', '/api/inbox')).json);
    expect(inbox).not.toContain(referralId);
    expect(inbox).not.toContain(code);
    const notices = (await call(vac, 'GET', '/api/notifications')).json.notifications as Json[];
    expect(notices.find((n) => n.referralId === referralId && n.kind === 'referral.withdrawn')).toMatchObject(
      {
        personCode: null,
      },
    );
    // The reason stays with the referral for the sender; the trail records only that one was given.
    const trail = await events('referral.withdrawn');
    const event = trail.find((e) => JSON.stringify(e).includes(referralId)) ?? trail[0];
    expect(JSON.stringify(trail)).not.toContain('Ganja');
    expect(event?.details).toMatchObject({ reasonGiven: true });
  });

  it('the duplicate check names no holder, is limited per user and audited without the name', async () => {
    const { code } = await register('Mammadova', '1992-06-15');
    const probe = { name: 'Aysel Mammadova', birthDate: '1992-06-15' };
    const check = await call(police, 'POST', '/api/persons/duplicate-check', probe);
    expect(check.status).toBe(200);
    expect(check.json).toEqual({ possibleDuplicates: [{ holder: 'elsewhere', personId: null, code: null }] });
    expect(JSON.stringify(check.json)).not.toContain(t.organisations.ngo.id);
    // The owner sees its own record by code.
    expect((await call(ngo, 'POST', '/api/persons/duplicate-check', probe)).json).toMatchObject({
      possibleDuplicates: [{ holder: 'yours', code }],
    });
    // Registering the same name answers the same way (no holder named in the 409).
    const again = await call(police, 'POST', '/api/persons', {
      gender: 'Feminine',
      identity: { givenNames: 'Aysel', familyName: 'Mammadova', birthDate: '1992-06-15' },
    });
    expect(again.status).toBe(409);
    expect(JSON.stringify(again.json)).not.toContain(t.organisations.ngo.id);

    // The holder is asked to get in touch, with its own record's code and who asks.
    expect((await call(police, 'POST', '/api/persons/duplicate-check/contact-requests', probe)).json).toEqual(
      {
        sent: true,
      },
    );
    const notices = (await call(ngo, 'GET', '/api/notifications')).json.notifications as Json[];
    expect(notices[0]).toMatchObject({
      kind: 'person.contact_requested',
      personCode: code,
      aboutOrganisation: { id: t.organisations.police.id },
    });

    const audited = await events('person.duplicate_checked');
    expect(audited.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(audited)).not.toMatch(/Mammadova|Aysel/);
    expect(audited.some((e) => e.details.matched === true)).toBe(true);

    // Sweeping names: the per-user limit (60 an hour) answers 429 with the error body.
    const statuses: number[] = [];
    for (let i = 0; i < 65; i++) {
      statuses.push(
        (await call(police, 'POST', '/api/persons/duplicate-check', { name: `Sweep ${i}` })).status,
      );
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const limited = await call(police, 'POST', '/api/persons/duplicate-check', probe);
    expect(limited).toMatchObject({ status: 429, json: { error: { code: 'rate_limited' } } });
  });
});
