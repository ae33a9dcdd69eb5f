import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Figures = { total: { value: number | null }; rowTotals: { value: number | null }[] };
type Report = {
  tables: { key: string; rows: { code: string }[]; current: Figures; previous: Figures }[];
};

/**
 * A country loads a referral it sent and had answered in 2014: over HTTP on both databases, it
 * keeps both days and the day it was recorded, its deadline counts from 2014, and the 2014 report
 * counts it in its referral tables (answered on time, in one day) while the 2015 report shows it
 * in the previous-year column. The backdating limit is the administrator's to widen.
 */
describeEachBackend('referrals entered on the days they happened', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let police: Record<string, string>;
  let referralId = '';

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
    police = await t.signInAs('investigator');
  });
  afterAll(() => database?.close());

  const table = (report: Report, key: string) => report.tables.find((x) => x.key === key)!;
  const report = async (year: number) => {
    const res = await t.request('GET', `/api/statistics/report?year=${year}`, {
      headers: await t.signInAs('national_coordinator'),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as Report;
  };

  it('refuses 2014 until the administrator widens the limit, then keeps both days', async () => {
    const created = await t.request('POST', '/api/persons', {
      headers: police,
      body: { gender: 'Feminine', citizenships: ['UZ'], identity: { givenNames: 'Dilnoza' } },
    });
    const personId = ((await created.json()) as { person: { id: string } }).person.id;
    const send = () =>
      t.request('POST', `/api/persons/${personId}/referrals`, {
        headers: police,
        body: {
          toOrganisationId: t.organisations.victim_assistance_centre.id,
          services: ['shelter'],
          shareIdentity: false,
          sentOn: '2014-03-12',
        },
      });
    const refused = await send();
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({
      error: { details: { fields: { sentOn: 'before_limit' } } },
    });

    // Only the administrator may widen it (the matrix holds the route to configuration:update).
    const widen = { backdateLimitDays: 10_000 };
    const byPolice = await t.request('PATCH', '/api/settings/referrals', { headers: police, body: widen });
    expect(byPolice.status).toBe(403);
    const admin = await t.signInAs('system_administrator');
    const widened = await t.request('PATCH', '/api/settings/referrals', { headers: admin, body: widen });
    expect(((await widened.json()) as { backdateLimitDays: number }).backdateLimitDays).toBe(10_000);

    const sent = await send();
    expect(sent.status).toBe(201);
    const { referral } = (await sent.json()) as { referral: Record<string, unknown> };
    referralId = referral.id as string;
    expect(referral).toMatchObject({
      sentOn: '2014-03-12',
      respondBy: '2014-03-17T23:59:59.999Z',
      overdue: true,
      recordedLater: true,
    });
    expect((referral.sentAt as string).slice(0, 4)).toBe(String(new Date().getUTCFullYear()));

    const vac = await t.userIn('victim_assistance_centre', 'case_worker');
    const early = await t.request('POST', `/api/referrals/${referralId}/accept`, {
      headers: vac,
      body: { happenedOn: '2014-03-11' },
    });
    expect(early.status).toBe(422);
    const accepted = await t.request('POST', `/api/referrals/${referralId}/accept`, {
      headers: vac,
      body: { happenedOn: '2014-03-13' },
    });
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as { referral: unknown }).referral).toMatchObject({
      status: 'accepted',
      respondedOn: '2014-03-13',
      overdue: false,
    });
    // History notifies nobody: the sender's list holds no news of 2014.
    const notifications = await t.request('GET', '/api/notifications', { headers: police });
    const kinds = ((await notifications.json()) as { notifications: { referralId: string | null }[] })
      .notifications;
    expect(kinds.filter((n) => n.referralId === referralId)).toEqual([]);
  });

  it('counts it in 2014 by the days it was sent and answered, and as the previous year in 2015', async () => {
    const in2014 = await report(2014);
    expect(table(in2014, 'referrals_sent.sender_recipient').current.total.value).toBe(1);
    const timeliness = table(in2014, 'referrals_sent.recipient_timeliness');
    expect(timeliness.current.total.value).toBe(1);
    const median = table(in2014, 'referrals_sent.median_days');
    expect(median.current.total.value).toBe(1);
    const in2015 = await report(2015);
    expect(table(in2015, 'referrals_sent.sender_recipient').current.total.value).toBe(0);
    expect(table(in2015, 'referrals_sent.sender_recipient').previous.total.value).toBe(1);
    // Recorded this year, it is not in this year's figures.
    const thisYear = await report(new Date().getUTCFullYear());
    expect(table(thisYear, 'referrals_sent.sender_recipient').current.total.value).toBe(0);
  });
});
