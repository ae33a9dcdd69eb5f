import {
  addDefendant,
  type ExploitationForm,
  openCriminalCase,
  recordCompensationPayment,
  recordDefendantStage,
} from '@opennrm/core';
import { actAs } from '@opennrm/core/testing';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Answer = {
  criminalCase: { id: string };
  defendant: { id: string; sentence: Record<string, unknown> };
};
type Report = {
  tables: {
    key: string;
    rows: { code: string }[];
    current: { total: { value: number | null }; rowTotals: { value: number | null }[] };
  }[];
};

/** A payment as the hand count sees it: the exploitation folding of its case's forms, its day. */
type Paid = { exploitation: string; amount: number; paidOn: string };
const labourForms = ['ForcedLabour', 'ChildLabour', 'DomesticServitude', 'Servitude'];
/** core's exploitation folding over a case's forms, written apart from the SQL. */
function foldForms(forms: readonly string[]): string {
  if (forms.length === 0) return 'unknown';
  const sexual = forms.includes('SexualExploitation');
  const labour = forms.some((f) => labourForms.includes(f));
  return sexual && labour ? 'sexual_and_labour' : sexual ? 'sexual' : labour ? 'labour' : 'other';
}

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
  // Every payment this file records, for the hand count.
  const paid: Paid[] = [];
  const paidIn = async (year: number) => {
    const res = await t.request('GET', `/api/statistics/report?year=${year}`, {
      headers: await t.signInAs('national_coordinator'),
    });
    return (await res.json()) as Report;
  };

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
    paid.push(
      { exploitation: 'labour', amount: 1000, paidOn: '2014-12-01' },
      { exploitation: 'labour', amount: 1500, paidOn: '2015-02-01' },
    );
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

    const total = async (year: number) =>
      (await paidIn(year)).tables.find((x) => x.key === 'compensation_payments.exploitation')?.current.total
        .value;
    expect(await total(2014)).toBe(1000);
    expect(await total(2015)).toBe(1500);
  });

  it('sums every payment of a year by exploitation as a hand count does, officials’ cases included', async () => {
    // A fixed pseudo-random register: cases of every folding, some about an official (the
    // integrity unit records those), several instalments across year ends.
    let state = 7;
    const next = (n: number) => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      return (state >>> 16) % n;
    };
    const police = actAs(t.deps, t.organisations.police, ['investigator'], t.users.investigator.id);
    const integrity = actAs(
      t.deps,
      t.organisations.police,
      ['integrity_officer'],
      t.users.integrity_officer.id,
    );
    const formSets: ExploitationForm[][] = [
      ['SexualExploitation'],
      ['ForcedLabour'],
      ['SexualExploitation', 'DomesticServitude'],
      ['ForcedBegging'],
      [],
    ];
    for (let i = 0; i < 20; i++) {
      const forms = formSets[i % formSets.length]!;
      const official = i % 4 === 3;
      const c = await openCriminalCase(police, {
        reference: `BF-${i}`,
        openedBy: 'police_anti_trafficking',
        openedOn: '2013-06-01',
        legalBasis: ['144-1'],
        exploitationForms: forms,
      });
      const d = await addDefendant(police, c.id, {
        kind: 'natural_person',
        name: `Defendant ${i}`,
        sex: 'male',
        ageBand: '30-44',
        citizenship: 'AZ',
        publicOfficial: official,
        publicFunction: official ? 'Police officer' : null,
        investigatedOn: '2013-06-01',
      });
      const by = official ? integrity : police;
      const judged = `2013-${String(7 + next(6)).padStart(2, '0')}-10`;
      await recordDefendantStage(by, c.id, d.id, {
        version: 1,
        stage: 'verdict',
        occurredOn: judged,
        verdict: 'convicted',
      });
      await recordDefendantStage(by, c.id, d.id, {
        version: 2,
        stage: 'sentence',
        occurredOn: judged,
        sentence: {
          prisonMonths: 60,
          suspended: false,
          fine: 0,
          confiscation: false,
          compensationOrdered: 20_000,
          compensationPaid: 0,
        },
      });
      let version = 3;
      for (let k = 1 + next(3); k > 0; k--) {
        const paidOn = `${2014 + next(2)}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
        if (paidOn < judged) continue;
        const amount = 100 * (1 + next(40)) + (next(2) === 0 ? 0.5 : 0);
        await recordCompensationPayment(by, c.id, d.id, { version, amount, paidOn });
        version += 1;
        paid.push({ exploitation: foldForms(forms), amount, paidOn });
      }
    }
    for (const year of [2014, 2015]) {
      const table = (await paidIn(year)).tables.find((x) => x.key === 'compensation_payments.exploitation')!;
      const inYear = paid.filter((p) => p.paidOn.startsWith(String(year)));
      const byRow = new Map<string, number>();
      for (const p of inYear) byRow.set(p.exploitation, (byRow.get(p.exploitation) ?? 0) + p.amount);
      const reported = Object.fromEntries(
        table.rows.map((r, i) => [r.code, table.current.rowTotals[i]!.value ?? 0]).filter(([, v]) => v !== 0),
      );
      // Not a vacuous comparison: several rows have money in each year.
      expect(byRow.size).toBeGreaterThan(2);
      expect(reported).toEqual(Object.fromEntries(byRow));
      expect(table.current.total.value).toBe(inYear.reduce((a, p) => a + p.amount, 0));
    }
  });
});
