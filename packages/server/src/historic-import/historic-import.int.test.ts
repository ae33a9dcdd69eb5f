import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { historyWorkbook, seedHistory } from './history-fixture.ts';

type ImportReport = {
  outcome: string;
  importId: string | null;
  fileSha256: string;
  counts: Record<string, { created: number; unchanged: number; rejected: number }>;
  errors: { sheet: string; row: number | null; column: string | null; message: string }[];
};
type Table = {
  key: string;
  rows: { code: string }[];
  columns: { code: string }[];
  current: { total: { value: number }; cells: { value: number }[][]; rowTotals: { value: number }[] };
  previous: { total: { value: number } };
};

/**
 * The acceptance scenario of loading previous years: the seed report's 2013 and 2014 victims
 * and the 2014 referrals, entered through the template with their real dates by the
 * administrator for the Anti-Trafficking Department, come out in the 2014 report.
 */
describeEachBackend('historic import over HTTP', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let admin: Record<string, string>;
  let upload: { organisationId: string; fileName: string; contentBase64: string };

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database, { maxBodyBytes: 4 * 1024 * 1024 });
    admin = await t.signInAs('system_administrator');
    // Referrals may be dated only as far back as the administrator allows: widened for the load.
    const widened = await t.request('PATCH', '/api/settings/referrals', {
      headers: admin,
      body: { backdateLimitDays: 36_600 },
    });
    expect(widened.status).toBe(200);
    const o = t.organisations;
    const history = seedHistory({
      shelter: o.shelter.name,
      ngo: o.ngo.name,
      vac: o.victim_assistance_centre.name,
    });
    upload = {
      organisationId: o.police.id,
      fileName: 'azerbaijan-2013-2014.xlsx',
      contentBase64: (await historyWorkbook(history)).toString('base64'),
    };
  }, 120_000);
  afterAll(() => database.close());

  it('offers the template as a workbook with the code lists and as CSV files', async () => {
    const res = await t.request('GET', '/api/historic-imports/template.xlsx', { headers: admin });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining(['persons', 'screenings', 'exploitation', 'decisions', 'consents', 'referrals']),
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'sexes',
        'countries',
        'forms_of_exploitation',
        'decision_outcomes',
        'organisations',
      ]),
    );
    const organisations = workbook.getWorksheet('organisations')!.getColumn(1).values;
    expect(organisations).toContain(t.organisations.shelter.name);
    const csv = await t.request('GET', '/api/historic-imports/template/persons.csv', { headers: admin });
    // A byte order mark first, so spreadsheet programs read az and ru letters as UTF-8.
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toMatch(/^source_id,sex,birth_year/);
    expect(
      (await t.request('GET', '/api/historic-imports/template/nothing.csv', { headers: admin })).status,
    ).toBe(404);
  });

  it('checks the file without writing, imports it, and a second run changes nothing', async () => {
    const check = await t.request('POST', '/api/historic-imports/check', { headers: admin, body: upload });
    const checked = (await check.json()) as ImportReport;
    expect(check.status).toBe(200);
    expect(checked.errors).toEqual([]);
    expect(checked).toMatchObject({
      outcome: 'checked',
      counts: { persons: { created: 110 }, decisions: { created: 110 } },
    });
    expect(
      (await t.request('GET', '/api/historic-imports', { headers: admin }).then((r) => r.json())).runs,
    ).toEqual([]);

    const stale = await t.request('POST', '/api/historic-imports', {
      headers: admin,
      body: { ...upload, expectedSha256: '0'.repeat(64) },
    });
    expect(stale.status).toBe(409);
    const run = await t.request('POST', '/api/historic-imports', {
      headers: admin,
      body: { ...upload, expectedSha256: checked.fileSha256 },
    });
    const imported = (await run.json()) as ImportReport;
    expect(imported).toMatchObject({
      outcome: 'imported',
      errors: [],
      counts: { persons: { created: 110 }, referrals: { created: 125 } },
    });

    const again = (await t
      .request('POST', '/api/historic-imports', {
        headers: admin,
        body: { ...upload, expectedSha256: checked.fileSha256 },
      })
      .then((r) => r.json())) as ImportReport;
    expect(again.counts.persons).toEqual({ created: 0, unchanged: 110, rejected: 0 });
    const runs = (await t
      .request('GET', '/api/historic-imports', { headers: admin })
      .then((r) => r.json())) as {
      runs: { fileSha256: string; organisationName: string }[];
    };
    expect(runs.runs[0]).toMatchObject({
      fileSha256: checked.fileSha256,
      organisationName: t.organisations.police.name,
    });
    // The trail names who imported which file, with the counts.
    const events = await database.db
      .selectFrom('audit_events')
      .select(['action', 'details', 'actor_user_id'])
      .where('action', 'like', 'historic_import.%')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.action)).toEqual([
      'historic_import.checked',
      'historic_import.imported',
      'historic_import.imported',
    ]);
    expect(events[1]).toMatchObject({
      actor_user_id: t.users.system_administrator.id,
      details: { fileSha256: checked.fileSha256 },
    });
  });

  it('puts the imported victims in the 2014 report with the previous year beside them', async () => {
    const coordinator = await t.signInAs('national_coordinator');
    const res = await t.request('GET', '/api/statistics/report?year=2014&view=internal', {
      headers: coordinator,
    });
    expect(res.status).toBe(200);
    const report = (await res.json()) as { tables: Table[] };
    const sexAge = report.tables.find((x) => x.key === 'victims_identified.sex_age')!;
    expect(sexAge.current.total.value).toBe(54);
    expect(sexAge.previous.total.value).toBe(56);
    const cell = (sex: string, age: string) =>
      sexAge.current.cells[sexAge.rows.findIndex((r) => r.code === sex)]![
        sexAge.columns.findIndex((c) => c.code === age)
      ]!.value;
    expect([cell('female', 'adult'), cell('female', 'child'), cell('male', 'adult')]).toEqual([50, 1, 3]);
    // The referrals of 2014, by recipient, dated when they were sent.
    const byRecipient = report.tables.find((x) => x.key === 'referrals_sent.recipient_status')!;
    expect(byRecipient.current.total.value).toBe(125);
    const sent = (type: string) =>
      byRecipient.current.rowTotals[byRecipient.rows.findIndex((r) => r.code === type)]!.value;
    expect([sent('shelter'), sent('ngo'), sent('victim_assistance_centre')]).toEqual([38, 36, 51]);
    expect(byRecipient.previous.total.value).toBe(0);
  });

  it('is the administrator’s alone: others may neither check nor import', async () => {
    for (const role of ['national_coordinator', 'investigator', 'case_worker'] as const) {
      const headers = await t.signInAs(role);
      const res = await t.request('POST', '/api/historic-imports/check', { headers, body: upload });
      expect(res.status, role).toBe(403);
    }
  });
});
