import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Answer = {
  criminalCase: { id: string };
  defendant: { id: string; sentence: Record<string, unknown> };
};
type Report = { tables: { key: string; current: { total: { value: number | null } } }[] };

/**
 * Compensation ordered in a sentence and paid later, in instalments: each payment is recorded
 * on the day it was paid, the sentence shows the total paid, and the report counts the money
 * paid in a year by the payments' days, whenever the sentence was pronounced.
 */
describeEachBackend('compensation paid to victims', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
  });
  afterAll(() => database?.close());

  it('records payments on their days and counts them in the year they were paid', async () => {
    const police = await t.signInAs('investigator');
    const post = async (path: string, body: unknown) => {
      const res = await t.request('POST', path, { headers: police, body });
      return { status: res.status, json: (await res.json()) as Answer };
    };
    const opened = await post('/api/cases', {
      reference: 'C-1',
      openedBy: 'police_anti_trafficking',
      openedOn: '2014-01-10',
      legalBasis: ['144-2'],
      exploitationForms: ['DomesticServitude'],
    });
    const caseId = opened.json.criminalCase.id;
    const added = await post(`/api/cases/${caseId}/defendants`, {
      kind: 'natural_person',
      name: 'Employer',
      sex: 'female',
      ageBand: '45-59',
      citizenship: 'AZ',
      publicOfficial: false,
      publicFunction: null,
      investigatedOn: '2014-01-10',
    });
    const stages = `/api/cases/${caseId}/defendants/${added.json.defendant.id}`;
    await post(`${stages}/stages`, {
      version: 1,
      stage: 'verdict',
      occurredOn: '2014-09-15',
      verdict: 'convicted',
    });
    const sentence = {
      prisonMonths: 12,
      suspended: true,
      fine: 0,
      confiscation: false,
      compensationOrdered: 5000,
      compensationPaid: 0,
    };
    await post(`${stages}/stages`, { version: 2, stage: 'sentence', occurredOn: '2014-09-15', sentence });

    expect((await post(`${stages}/payments`, { version: 3, amount: 100, paidOn: '2014-09-01' })).status).toBe(
      422,
    );
    expect(
      (await post(`${stages}/payments`, { version: 3, amount: 1000, paidOn: '2014-12-01' })).status,
    ).toBe(201);
    // Someone else's payment went in meanwhile: the stale version is refused, nothing doubled.
    expect(
      (await post(`${stages}/payments`, { version: 3, amount: 1000, paidOn: '2014-12-01' })).status,
    ).toBe(409);
    const second = await post(`${stages}/payments`, { version: 4, amount: 1500, paidOn: '2015-02-01' });
    expect(second.status).toBe(201);
    expect(second.json.defendant.sentence).toMatchObject({
      compensationOrdered: 5000,
      compensationPaid: 2500,
    });

    const page = await t.request('GET', `/api/cases/${caseId}`, { headers: police });
    const detail = (await page.json()) as { payments: { amount: number; paidOn: string }[] };
    expect(detail.payments.map((p) => [p.paidOn, p.amount])).toEqual([
      ['2014-12-01', 1000],
      ['2015-02-01', 1500],
    ]);

    const coordinator = await t.signInAs('national_coordinator');
    const paidIn = async (year: number) => {
      const res = await t.request('GET', `/api/statistics/report?year=${year}`, { headers: coordinator });
      const report = (await res.json()) as Report;
      return report.tables.find((x) => x.key === 'compensation_payments.exploitation')?.current.total.value;
    };
    expect(await paidIn(2014)).toBe(1000);
    expect(await paidIn(2015)).toBe(1500);
  });
});
