import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { presumedVictimAnswers } from '../testing/screening-answers.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Report = {
  view: string;
  threshold: number;
  period: { from: string; to: string; label: string };
  tables: {
    key: string;
    rows: { code: string }[];
    current: {
      total: { value: number | null; suppressed: boolean };
      rowTotals: { value: number | null }[];
    };
  }[];
  narrative: { text: string }[];
};

/**
 * The annual report over HTTP on both databases: an NGO identifies a victim; the coordinator's
 * report counts it (as an NGO identification), the published view hides it, the coordinator
 * learns how many records stand behind the figure but not which, the NGO can open its own; files
 * come out in their formats.
 */
describeEachBackend('annual report over HTTP', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  const year = new Date().getUTCFullYear();
  const today = new Date().toISOString().slice(0, 10);
  let code = '';

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
    const ngo = await t.signInAs('case_worker');
    const created = await t.request('POST', '/api/persons', {
      headers: ngo,
      body: {
        gender: 'Feminine',
        birthYear: 1990,
        citizenships: ['AZ'],
        identity: { givenNames: 'Aysel', familyName: 'Q' },
      },
    });
    const { person } = (await created.json()) as { person: { id: string; code: string } };
    code = person.code;
    await t.request('POST', `/api/persons/${person.id}/screenings`, {
      headers: ngo,
      body: {
        listKey: 'ilo-ec-2009-adult-labour',
        population: 'adult',
        answers: presumedVictimAnswers,
        outcome: 'presumed_victim',
      },
    });
    const decided = await t.request('POST', `/api/persons/${person.id}/decisions`, {
      headers: ngo,
      body: { outcome: 'identified', decidedOn: today, grounds: 'Indicators confirmed at interview' },
    });
    expect(decided.status).toBe(201);
  });
  afterAll(() => database?.close());

  const table = (report: Report, key: string) => report.tables.find((x) => x.key === key)!;

  it('counts the identification in the internal view, as one by an NGO', async () => {
    const res = await t.request('GET', `/api/statistics/report?year=${year}`, {
      headers: await t.signInAs('national_coordinator'),
    });
    expect(res.status).toBe(200);
    const report = (await res.json()) as Report;
    expect(table(report, 'victims_identified.sex_age').current.total).toEqual({
      value: 1,
      suppressed: false,
    });
    const body = table(report, 'victims_identified.body_sex');
    expect(body.current.rowTotals[body.rows.findIndex((r) => r.code === 'ngo')]!.value).toBe(1);
    expect(table(report, 'persons_screened.sex_age').current.total.value).toBe(1);
  });

  it('hides the single victim in the published view', async () => {
    const res = await t.request('GET', `/api/statistics/report?year=${year}&view=published`, {
      headers: await t.signInAs('national_coordinator'),
    });
    const report = (await res.json()) as Report;
    expect(report.view).toBe('published');
    expect(table(report, 'victims_identified.sex_age').current.total).toEqual({
      value: null,
      suppressed: true,
    });
    expect(JSON.stringify(report.narrative)).not.toMatch(/\b1\b|\bone\b/);
  });

  it('tells the coordinator how many records stand behind a figure but never which', async () => {
    const query = `year=${year}&table=victims_identified.sex_age&row=female&column=adult`;
    const coordinator = await t.request('GET', `/api/statistics/records?${query}`, {
      headers: await t.signInAs('national_coordinator'),
    });
    expect(await coordinator.json()).toEqual({ recordType: 'person', total: 1, records: [], notVisible: 1 });
    const own = await t.request('GET', `/api/statistics/records?${query}`, {
      headers: await t.signInAs('case_worker'),
    });
    const listed = (await own.json()) as { records: { code: string }[]; notVisible: number };
    expect(listed.records.map((r) => r.code)).toEqual([code]);
    expect(listed.notVisible).toBe(0);
    const bad = await t.request(
      'GET',
      `/api/statistics/records?year=${year}&table=victims_identified.sex_age&row=nobody`,
      {
        headers: await t.signInAs('national_coordinator'),
      },
    );
    expect(bad.status).toBe(422);
  });

  it('delivers the workbook, the PDF and each table as CSV', async () => {
    const headers = await t.signInAs('national_coordinator');
    const xlsx = await t.request('GET', `/api/statistics/report.xlsx?year=${year}&view=published`, {
      headers,
    });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const pdf = await t.request('GET', `/api/statistics/report.pdf?year=${year}&locale=az`, { headers });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const csv = await t.request(
      'GET',
      `/api/statistics/report/tables/victims_identified.sex_age?year=${year}`,
      { headers },
    );
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.csv"/);
    const text = await csv.text();
    expect(text.split('\n').length).toBeGreaterThan(4);
    // Every file that left is in the audit trail, with what it was and no figure.
    const audit = await t.request('GET', '/api/audit/events?action=statistics.report_downloaded', {
      headers: await t.signInAs('auditor'),
    });
    const { events } = (await audit.json()) as { events: { details: Record<string, unknown> }[] };
    expect(events.map((e) => e.details.format).sort()).toEqual(['csv', 'pdf', 'xlsx']);
    expect(events.find((e) => e.details.format === 'xlsx')!.details.view).toBe('published');
    expect(events.find((e) => e.details.format === 'csv')!.details.table).toBe('victims_identified.sex_age');
  });

  it('exports open data that never describes fewer than k persons, and says what it cost', async () => {
    const coordinator = await t.signInAs('national_coordinator');
    // Below the administrator's k (11 by default): refused, whoever asks.
    const below = await t.request('GET', '/api/statistics/ctdc-export?k=2', { headers: coordinator });
    expect(below.status).toBe(400);
    const refusal = (await below.json()) as { error: { code: string; message: string } };
    expect(refusal.error).toMatchObject({ code: 'bad_request' });
    expect(refusal.error.message).toContain(
      'k = 2 is below the minimum of 11 set in the Statistics settings',
    );
    const admin = await t.signInAs('system_administrator');
    const lowered = await t.request('PATCH', '/api/settings/statistics', {
      headers: admin,
      body: { exportK: 2 },
    });
    expect(lowered.status).toBe(200);
    const res = await t.request('GET', '/api/statistics/ctdc-export?k=2', { headers: coordinator });
    await t.request('PATCH', '/api/settings/statistics', { headers: admin, body: { exportK: 11 } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-opennrm-k')).toBe('2');
    // One identified victim cannot be published at k = 2: the record is suppressed, and said to be.
    expect(res.headers.get('x-opennrm-records-suppressed')).toBe('1');
    expect(res.headers.get('x-opennrm-records-exported')).toBe('0');
    const information = JSON.parse(res.headers.get('x-opennrm-informative-cells') ?? '{}');
    expect(Object.keys(information).sort()).toEqual(['before', 'greedySuppression', 'published']);
    const csv = await res.text();
    expect(csv.split(/\r?\n/)[0]).toMatch(/^yearOfRegistration,gender,ageBroad/);
    expect(csv).not.toContain(code);
    const worker = await t.request('GET', '/api/statistics/ctdc-export', {
      headers: await t.signInAs('case_worker'),
    });
    expect(worker.status).toBe(403);
  });

  it('applies the administrator’s suppression threshold to the published view', async () => {
    const admin = await t.signInAs('system_administrator');
    const patched = await t.request('PATCH', '/api/settings/statistics', {
      headers: admin,
      body: { suppressionThreshold: 3 },
    });
    expect(await patched.json()).toEqual({
      suppressionThreshold: 3,
      exportK: 11,
      yearStartMonth: 1,
      timeZone: 'UTC',
      englishSpelling: 'british',
    });
    const res = await t.request('GET', `/api/statistics/report?year=${year}&view=published`, {
      headers: await t.signInAs('national_coordinator'),
    });
    expect(((await res.json()) as Report).threshold).toBe(3);
    const refused = await t.request('PATCH', '/api/settings/statistics', {
      headers: admin,
      body: { suppressionThreshold: 1 },
    });
    expect(refused.status).toBe(400);
  });

  it('counts by the configured reporting year in the country’s time zone, published by whole years only', async () => {
    const admin = await t.signInAs('system_administrator');
    const coordinator = await t.signInAs('national_coordinator');
    const unknownZone = await t.request('PATCH', '/api/settings/statistics', {
      headers: admin,
      body: { timeZone: 'Asia/Atlantis' },
    });
    expect(unknownZone.status).toBe(422);
    const tip = await t.request('PATCH', '/api/settings/statistics', {
      headers: admin,
      body: { yearStartMonth: 4, timeZone: 'Asia/Baku' },
    });
    expect(await tip.json()).toMatchObject({ yearStartMonth: 4, timeZone: 'Asia/Baku' });
    try {
      const res = await t.request('GET', `/api/statistics/report?year=${year}&view=published`, {
        headers: coordinator,
      });
      const report = (await res.json()) as Report;
      expect(report.period).toMatchObject({ from: `${year}-04-01`, to: `${year + 1}-04-01` });
      expect(report.period.label).toBe(`April ${year} – March ${year + 1}`);
      // Overlapping published ranges would give small cells away by difference.
      const range = await t.request(
        'GET',
        `/api/statistics/report?from=${year}-01-01&to=${year}-06-30&view=published`,
        { headers: coordinator },
      );
      expect(range.status).toBe(400);
      expect(JSON.stringify(await range.json())).toMatch(/whole reporting years/);
      const internal = await t.request(
        'GET',
        `/api/statistics/report?from=${year}-01-01&to=${year}-06-30&view=internal`,
        { headers: coordinator },
      );
      expect(internal.status).toBe(200);
    } finally {
      await t.request('PATCH', '/api/settings/statistics', {
        headers: admin,
        body: { yearStartMonth: 1, timeZone: 'UTC' },
      });
    }
  });
});
