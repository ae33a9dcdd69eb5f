import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Table = {
  key: string;
  columns: { code: string }[];
  current: { total: { value: number | null }; columnTotals: { value: number | null }[] };
};
type Report = { scope: Record<string, unknown>; tables: Table[] };

/**
 * A police unit's own figures must not reveal that one of its cases is in the complicity
 * compartment: its investigators (and the prosecutor's office) count only the cases they may know
 * of, while the national coordinator, who sees counts of the compartment, gets them all.
 */
describeEachBackend('an organisation’s figures and the complicity compartment', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
  });
  afterAll(() => database?.close());

  async function report(headers: Record<string, string>, query = ''): Promise<Report> {
    const res = await t.request('GET', `/api/statistics/report?year=2014${query}`, { headers });
    expect(res.status).toBe(200);
    return (await res.json()) as Report;
  }
  const cases = (r: Report) => r.tables.find((x) => x.key === 'criminal_cases.exploitation_complicity')!;
  const official = (r: Report) => {
    const table = cases(r);
    return table.current.columnTotals[table.columns.findIndex((c) => c.code === 'official_involved')]?.value;
  };

  it('counts the compartment only for those who may know of it', async () => {
    const police = await t.signInAs('investigator');
    for (const [reference, officialFlag] of [
      ['2014/1', false],
      ['2014/2', true],
    ] as const) {
      const res = await t.request('POST', '/api/cases', {
        headers: police,
        body: {
          reference,
          openedBy: 'police_anti_trafficking',
          openedOn: '2014-03-01',
          legalBasis: ['144-2'],
          exploitationForms: ['ForcedLabour'],
          officialFlag,
          prosecutorUserId: t.users.prosecutor.id,
        },
      });
      // The flagged one is handed over to the integrity unit: the police learn nothing of it.
      expect(res.status).toBe(officialFlag ? 202 : 201);
    }

    const own = await report(police);
    expect(cases(own).current.total.value).toBe(1);
    expect(official(own)).toBe(0);
    expect(JSON.stringify(own.scope)).not.toContain('complicity');
    const prosecution = await report(await t.signInAs('prosecutor'));
    expect(cases(prosecution).current.total.value).toBe(1);

    const coordinator = await t.signInAs('national_coordinator');
    const unit = await report(coordinator, `&organisationId=${t.organisations.police.id}`);
    expect(cases(unit).current.total.value).toBe(2);
    expect(official(unit)).toBe(1);
  });
});
