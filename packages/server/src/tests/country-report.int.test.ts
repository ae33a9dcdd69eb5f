import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enterSmallCountry } from '../country-report/small-country-fixture.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Filled = { cells: { key: string; value: number | null }[]; template: { unfilled: { key: string }[] } };

/**
 * The country's report over a small country with known figures (small-country-fixture.ts): the
 * questionnaires say what the records say, in JSON and in the workbook.
 */
describeEachBackend('the country report', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let coordinator: Record<string, string>;

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
    await enterSmallCountry(t);
    coordinator = await t.signInAs('national_coordinator');
  }, 120_000);
  afterAll(() => database?.close());

  async function filled(template: string): Promise<Record<string, number | null>> {
    const res = await t.request('GET', `/api/country-report/submissions/${template}?year=2014`, {
      headers: coordinator,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Filled;
    return Object.fromEntries(body.cells.map((cell) => [cell.key, cell.value]));
  }

  it('fills the TIP data request, the GRETA annex and the GLOTIP form from the same figures', async () => {
    const [tip, greta, glotip] = await Promise.all([filled('tip'), filled('greta'), filled('glotip')]);
    expect(tip).toMatchObject({
      investigations: 2,
      'investigations.sexual': 1,
      'investigations.labour': 1,
      'investigations.previous': 1,
      prosecutions: 2,
      convictions: 1,
      'convictions.labour': 1,
      'convictions.previous': 0,
      'sentences.prison': 1,
      'sentences.6_years_or_more': 1,
      'sentences.median_months': 96,
      victims: 3,
      'victims.previous': 1,
      'victims.women': 1,
      'victims.girls': 1,
      'victims.men': 1,
      'victims.boys': 0,
      'victims.foreign': 1,
      'victims.internal': 1,
      'complicity.investigations': 0,
    });
    expect(greta).toMatchObject({
      victims: 3,
      'scope.transnational': 2,
      'scope.internal': 1,
      'age.child': 1,
      convictions: 1,
    });
    expect(glotip).toMatchObject({
      victims: 3,
      'victims.girls': 1,
      'form.labour': 1,
      prosecuted: 2,
      'prosecuted.male': 2,
    });
  });

  it('gives the TIP workbook with the same answers, their definitions and what it cannot fill', async () => {
    const res = await t.request('GET', '/api/country-report/submissions/tip/xlsx?year=2014', {
      headers: coordinator,
    });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const answers = workbook.getWorksheet('Answers')!;
    const byKey = new Map<string, unknown>();
    answers.eachRow((row) => byKey.set(String(row.getCell(5).value), row.getCell(4).value));
    expect(byKey.get('investigations')).toBe(2);
    expect(byKey.get('convictions')).toBe(1);
    expect(byKey.get('victims.women')).toBe(1);
    const unfilled: string[] = [];
    workbook.getWorksheet('Not filled')!.eachRow((row) => unfilled.push(String(row.getCell(4).value)));
    expect(unfilled).toContain('trainings');
    const definitions = workbook.getWorksheet('Definitions')!;
    expect(definitions.rowCount).toBeGreaterThan(answers.rowCount - 3);
  });
});
