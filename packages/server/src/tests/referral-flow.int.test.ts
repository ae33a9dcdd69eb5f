import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Json = Record<string, unknown>;

/**
 * The referral issue's done-when over HTTP, on both databases: proposals for a foreign adult,
 * consent-gated identity, access that follows the referral and ends on decline, 409 for every
 * transition not allowed, one outcome for racing accept and withdraw, an audit event each.
 */
describeEachBackend('referrals over HTTP', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let police: Record<string, string>;

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
    police = await t.signInAs('investigator');
  });
  afterAll(() => database?.close());

  async function foreignAdult(extra: Json = {}): Promise<string> {
    const res = await t.request('POST', '/api/persons', {
      headers: police,
      body: {
        gender: 'Masculine',
        citizenships: ['UZ'],
        identity: { givenNames: 'Bekzod', familyName: 'Karimov' },
        // The same name on purpose: registered again after the duplicate warning.
        confirmDuplicates: true,
        ...extra,
      },
    });
    return ((await res.json()) as { person: { id: string } }).person.id;
  }

  const send = (personId: string, to: string, shareIdentity: boolean) =>
    t.request('POST', `/api/persons/${personId}/referrals`, {
      headers: police,
      body: { toOrganisationId: to, services: ['residence_permit'], shareIdentity },
    });

  it('proposes, gates identity on consent, gives access to the accepting body and takes it from the declining one', async () => {
    const personId = await foreignAdult();
    await t.request('POST', `/api/persons/${personId}/decisions`, {
      headers: police,
      body: { outcome: 'identified', decidedOn: '2026-01-12', grounds: 'Labour inspection' },
    });
    const proposals = (await (
      await t.request('GET', `/api/persons/${personId}/referral-proposals`, { headers: police })
    ).json()) as {
      proposals: { organisationId: string }[];
    };
    const sms = t.organisations.migration_service.id;
    const vac = t.organisations.victim_assistance_centre.id;
    expect(proposals.proposals.map((p) => p.organisationId)).toEqual([sms, vac]);

    const refused = await send(personId, vac, true);
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { details: { reason: string } } }).error.details.reason).toBe(
      'consent_required',
    );
    const consent = await t.request('POST', `/api/persons/${personId}/consents`, {
      headers: police,
      body: {
        purposes: ['share_identity', 'receive_services'],
        organisationIds: [sms, vac],
        means: 'written',
        givenOn: '2026-01-12',
      },
    });
    expect(consent.status).toBe(201);
    const toSms = (await (await send(personId, sms, true)).json()) as {
      referral: { id: string; basis: string };
    };
    const toVac = (await (await send(personId, vac, true)).json()) as { referral: { id: string } };
    expect(toSms.referral.basis).toBe('consent');

    const vacUser = await t.userIn('victim_assistance_centre', 'case_worker');
    const smsUser = await t.userIn('migration_service', 'case_worker');
    const inbox = (await (await t.request('GET', '/api/inbox', { headers: vacUser })).json()) as {
      incoming: { id: string }[];
    };
    expect(inbox.incoming.map((r) => r.id)).toEqual([toVac.referral.id]);
    expect(
      (await t.request('POST', `/api/referrals/${toVac.referral.id}/accept`, { headers: vacUser, body: {} }))
        .status,
    ).toBe(200);
    expect((await t.request('GET', `/api/persons/${personId}`, { headers: vacUser })).status).toBe(200);
    const identity = await t.request('POST', `/api/persons/${personId}/identity/reveal`, {
      headers: vacUser,
      body: { reason: 'shelter' },
    });
    expect(((await identity.json()) as { identity: { familyName: string } }).identity.familyName).toBe(
      'Karimov',
    );

    expect((await t.request('GET', `/api/persons/${personId}`, { headers: smsUser })).status).toBe(200);
    const declined = await t.request('POST', `/api/referrals/${toSms.referral.id}/decline`, {
      headers: smsUser,
      body: { reason: 'Has a valid residence permit' },
    });
    expect(declined.status).toBe(200);
    expect((await t.request('GET', `/api/persons/${personId}`, { headers: smsUser })).status).toBe(403);
    expect(
      (await t.request('POST', `/api/referrals/${toSms.referral.id}/accept`, { headers: smsUser, body: {} }))
        .status,
    ).toBe(403);
  });

  it('sends an adult without consent only without identity, a child with it', async () => {
    const vac = t.organisations.victim_assistance_centre.id;
    const adult = await foreignAdult();
    expect((await send(adult, vac, true)).status).toBe(422);
    expect((await send(adult, vac, false)).status).toBe(201);
    const vacUser = await t.userIn('victim_assistance_centre', 'case_worker');
    expect(
      (await t.request('POST', `/api/persons/${adult}/identity/reveal`, { headers: vacUser, body: {} }))
        .status,
    ).toBe(403);
    const child = await foreignAdult({ childAtIdentification: true, birthYear: 2011 });
    const sent = (await (await send(child, vac, true)).json()) as { referral: { basis: string } };
    expect(sent.referral.basis).toBe('child_rule');
    expect(
      (await t.request('POST', `/api/persons/${child}/identity/reveal`, { headers: vacUser, body: {} }))
        .status,
    ).toBe(200);
  });

  it('refuses every transition not allowed from the current state with 409 and the error body', async () => {
    const vac = t.organisations.victim_assistance_centre.id;
    const vacUser = await t.userIn('victim_assistance_centre', 'case_worker');
    const personId = await foreignAdult();
    const { referral } = (await (await send(personId, vac, false)).json()) as { referral: { id: string } };
    const act = (action: string, headers: Record<string, string>, reason?: string) =>
      t.request('POST', `/api/referrals/${referral.id}/${action}`, {
        headers,
        body: reason ? { reason } : {},
      });
    const expect409 = async (res: Response) => {
      expect(res.status).toBe(409);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_transition');
    };
    await expect409(await act('complete', vacUser));
    expect((await act('accept', vacUser)).status).toBe(200);
    await expect409(await act('accept', vacUser));
    await expect409(await act('decline', vacUser, 'late'));
    expect((await act('complete', vacUser)).status).toBe(200);
    await expect409(await act('withdraw', police));
    await expect409(await act('complete', vacUser));
    const auditor = await t.signInAs('auditor');
    const trail = (await (
      await t.request('GET', `/api/audit/events?entityId=${referral.id}`, { headers: auditor })
    ).json()) as {
      events: { action: string }[];
    };
    expect(trail.events.map((e) => e.action).reverse()).toEqual([
      'referral.sent',
      'referral.accepted',
      'referral.completed',
    ]);
  });

  it('leaves exactly one outcome when accept and withdraw race', async () => {
    const vac = t.organisations.victim_assistance_centre.id;
    const vacUser = await t.userIn('victim_assistance_centre', 'case_worker');
    for (let i = 0; i < 5; i += 1) {
      const personId = await foreignAdult();
      const sent = await send(personId, vac, false);
      expect(sent.status, await sent.clone().text()).toBe(201);
      const { referral } = (await sent.json()) as { referral: { id: string } };
      const [accept, withdraw] = await Promise.all([
        t.request('POST', `/api/referrals/${referral.id}/accept`, { headers: vacUser, body: {} }),
        t.request('POST', `/api/referrals/${referral.id}/withdraw`, { headers: police, body: {} }),
      ]);
      const final = (await (
        await t.request('GET', `/api/referrals/${referral.id}`, { headers: police })
      ).json()) as { referral: { status: string } };
      // Withdraw after accept is allowed, so both may succeed in that order; never anything else.
      if (accept.status === 200 && withdraw.status === 200) expect(final.referral.status).toBe('withdrawn');
      else if (accept.status === 200)
        expect([withdraw.status, final.referral.status]).toEqual([409, 'accepted']);
      else {
        // The accept lost: 409 if it read the referral before the withdrawal, 403 if after
        // (a withdrawn referral gives the recipient nothing, not even the right to act on it).
        expect([403, 409]).toContain(accept.status);
        expect(final.referral.status).toBe('withdrawn');
      }
    }
  });

  it("follows the country's routing rules as the administrator sets them", async () => {
    const admin = await t.signInAs('system_administrator');
    const bad = await t.request('PATCH', '/api/settings/referrals', {
      headers: admin,
      body: { responseWorkingDays: { normal: 1, urgent: 3 } },
    });
    expect(bad.status).toBe(422);
    const set = await t.request('PATCH', '/api/settings/referrals', {
      headers: admin,
      body: {
        routingRules: [
          {
            id: 'foreign-to-inspectorate',
            when: { foreign: true },
            toType: 'labour_inspectorate',
            services: ['investigation'],
          },
          { id: 'everyone-vac', when: {}, toType: 'victim_assistance_centre', services: ['shelter'] },
        ],
      },
    });
    expect(set.status).toBe(200);
    const personId = await foreignAdult();
    const proposals = (await (
      await t.request('GET', `/api/persons/${personId}/referral-proposals`, { headers: police })
    ).json()) as {
      proposals: { organisationId: string; ruleId: string }[];
    };
    expect(proposals.proposals.map((p) => p.ruleId)).toEqual(['foreign-to-inspectorate', 'everyone-vac']);
    expect(proposals.proposals[0]?.organisationId).toBe(t.organisations.labour_inspectorate.id);
  });

  it('tells each party of an alert what it may do now, after every change (the alert policy)', async () => {
    type AlertBody = { alert: { id: string; status: string; details: string; may: Json } };
    const ngo = await t.signInAs('case_worker');
    const sent = await t.request('POST', '/api/alerts', {
      headers: police,
      body: {
        toOrganisationId: t.organisations.ngo.id,
        subject: 'address',
        title: 'Flat in Yasamal',
        details: 'Women kept inside',
      },
    });
    expect(sent.status).toBe(201);
    const { alert } = (await sent.json()) as AlertBody;
    const may = (read: boolean, message: boolean, acknowledge: boolean, close: boolean, link: boolean) => ({
      read,
      message,
      acknowledge,
      close,
      link_person: link,
    });
    // The sender never acknowledges; the alerted body does, once.
    expect(alert.may).toEqual(may(true, true, false, true, true));
    const get = (headers: Record<string, string>) => t.request('GET', `/api/alerts/${alert.id}`, { headers });
    const received = (await (await get(ngo)).json()) as AlertBody;
    expect(received.alert.details).toBe('Women kept inside');
    expect(received.alert.may).toEqual(may(true, true, true, true, true));
    const listed = (await (await t.request('GET', '/api/alerts', { headers: ngo })).json()) as {
      alerts: { id: string; may: Json }[];
    };
    expect(listed.alerts.find((a) => a.id === alert.id)?.may).toEqual(may(true, true, true, true, true));
    // "To acknowledge": the alerted body's open alerts only, as many as its home page counts.
    const awaiting = async (headers: Record<string, string>) =>
      (await (await t.request('GET', '/api/alerts?awaiting=true', { headers })).json()) as {
        alerts: { id: string }[];
        total: number;
      };
    const today = (await (await t.request('GET', '/api/me/today', { headers: ngo })).json()) as {
      items: { key: string; count: number }[];
    };
    const waiting = await awaiting(ngo);
    expect(waiting.alerts.map((a) => a.id)).toContain(alert.id);
    expect(waiting.total).toBe(today.items.find((i) => i.key === 'alerts_to_acknowledge')?.count);
    expect((await awaiting(police)).alerts.map((a) => a.id)).not.toContain(alert.id);

    const acknowledged = await t.request('POST', `/api/alerts/${alert.id}/acknowledge`, { headers: ngo });
    expect(((await acknowledged.json()) as AlertBody).alert.may).toEqual(may(true, true, false, true, true));
    expect((await awaiting(ngo)).alerts.map((a) => a.id)).not.toContain(alert.id);
    const closed = await t.request('POST', `/api/alerts/${alert.id}/close`, { headers: police });
    expect(((await closed.json()) as AlertBody).alert).toMatchObject({
      status: 'closed',
      may: may(true, true, false, false, true),
    });
    // What `may` withholds the server refuses: closing again is a 409, a stranger gets a 403.
    expect((await t.request('POST', `/api/alerts/${alert.id}/close`, { headers: ngo })).status).toBe(409);
    const stranger = await t.userIn('victim_assistance_centre', 'case_worker');
    expect((await get(stranger)).status).toBe(403);
  });
});
