import { createHash } from 'node:crypto';
import { defaultPreventionPlaces } from '@opennrm/core';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
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
    expect(unfilled).toContain('action_plan.adoption');
    expect(byKey.get('trainings')).toBe(0);
    const definitions = workbook.getWorksheet('Definitions')!;
    expect(definitions.rowCount).toBeGreaterThan(answers.rowCount - 3);
  });

  type Part = {
    part: string;
    draft: string;
    text: string;
    version: number;
    figures: { table: string; value: number | null }[];
    changedNumbers: { number: string; kind: string }[];
  };
  async function narrative(locale: string): Promise<Part[]> {
    const res = await t.request('GET', `/api/country-report/narrative?year=2014&locale=${locale}`, {
      headers: coordinator,
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { parts: Part[] }).parts;
  }

  it('drafts the narrative in the seed’s parts in three languages, each number a cell, compared with 2013', async () => {
    for (const locale of ['en', 'az', 'ru']) {
      const parts = await narrative(locale);
      expect(parts.map((p) => p.part)).toEqual([
        'summary',
        'recommendations',
        'prosecution',
        'protection',
        'prevention',
      ]);
      const summary = parts[0]!;
      const victims = summary.figures
        .filter((f) => f.table === 'victims_identified.sex_age')
        .map((f) => f.value);
      expect(victims).toEqual([3, 1]);
      expect(parts[2]!.figures.length).toBeGreaterThan(0);
    }
    const [summary] = await narrative('en');
    expect(summary!.draft).toContain('victims identified — three (one, an increase)');
  });

  it('keeps the edited text beside the draft and flags the numbers the editor changed', async () => {
    const [summary] = await narrative('en');
    const edited = summary!.draft.replace('victims identified — three', 'victims identified — 30');
    const save = (version: number) =>
      t.request('PUT', '/api/country-report/narrative/summary', {
        headers: coordinator,
        body: { year: 2014, locale: 'en', text: edited, version },
      });
    const saved = await save(0);
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as Part).changedNumbers).toEqual([
      { number: '30', kind: 'added' },
      { number: '3', kind: 'removed' },
    ]);
    // A second editor who read version 0 does not overwrite the first unseen.
    expect((await save(0)).status).toBe(409);
    const [after] = await narrative('en');
    expect(after).toMatchObject({ draft: summary!.draft, text: edited, version: 1 });
    expect(after!.changedNumbers).toHaveLength(2);
    for (const format of ['docx', 'pdf']) {
      const file = await t.request('GET', `/api/country-report/narrative/${format}?year=2014&locale=en`, {
        headers: coordinator,
      });
      expect(file.status).toBe(200);
      expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('assesses the minimum standards from the data and keeps the coordinator’s verdict beside it', async () => {
    const get = async () => {
      const res = await t.request('GET', '/api/country-report/assessment?year=2014', {
        headers: coordinator,
      });
      expect(res.status).toBe(200);
      return (await res.json()) as {
        criteria: { key: string; verdict: string }[];
        weaknesses: { evidence: string }[];
        advisory: { tier: string; text: string };
        coordinator: Record<string, { verdict: string; notes: string }>;
      };
    };
    const assessment = await get();
    expect(assessment.weaknesses.map((w) => w.evidence)).toEqual(
      expect.arrayContaining(['ngo_funding', 'diplomats_trained', 'plan_in_force', 'demand_measures']),
    );
    expect(assessment.weaknesses.map((w) => w.evidence)).not.toContain('citizens_exploited_inside');
    expect(assessment.criteria.find((c) => c.key === 'tvpa.b1_law_enforcement')?.verdict).toBe('improved');
    expect(assessment.advisory).toMatchObject({ tier: 'tier_2' });
    expect(assessment.advisory.text).toMatch(/not an official ranking/);
    const saved = await t.request('PUT', '/api/country-report/assessment/tvpa.b9_partnerships', {
      headers: coordinator,
      body: { year: 2014, verdict: 'worse', notes: 'NGOs received nothing.', version: 0 },
    });
    expect(saved.status).toBe(200);
    expect((await get()).coordinator['tvpa.b9_partnerships']).toMatchObject({
      verdict: 'worse',
      notes: 'NGOs received nothing.',
    });
  });

  it('freezes the TIP answers as released and gives them back unchanged after the records change', async () => {
    type Release = { id: string; number: number; sha256: string; files: { name: string; sha256: string }[] };
    const release = async (body: object) =>
      t.request('POST', '/api/country-report/releases', {
        headers: coordinator,
        body: { document: 'tip', year: 2014, ...body },
      });
    const first = await release({});
    expect(first.status).toBe(201);
    const v1 = ((await first.json()) as { release: Release }).release;
    expect(v1.files.map((f) => f.name)).toEqual([
      'opennrm-tip-2014-v1.json',
      'opennrm-tip-2014-v1.xlsx',
      'SHA256SUMS',
    ]);
    const download = async (r: Release, name: string) => {
      const res = await t.request('GET', `/api/country-report/releases/${r.id}/files/${name}`, {
        headers: coordinator,
      });
      expect(res.status).toBe(200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      const sha = createHash('sha256').update(bytes).digest('hex');
      expect(res.headers.get('x-opennrm-sha256')).toBe(sha);
      expect(res.headers.get('x-opennrm-release-sha256')).toBe(r.sha256);
      return { bytes, sha };
    };
    const answers = (bytes: Uint8Array) =>
      Object.fromEntries(
        (JSON.parse(new TextDecoder().decode(bytes)) as Filled).cells.map((c) => [c.key, c.value]),
      );
    const workbook = await download(v1, 'opennrm-tip-2014-v1.xlsx');
    expect(workbook.sha).toBe(v1.files[1]!.sha256);
    expect(answers((await download(v1, 'opennrm-tip-2014-v1.json')).bytes)).toMatchObject({ awareness: 0 });
    // The records change after the release: an awareness activity of 2014 entered late.
    const police = await t.signInAs('investigator');
    const held = await t.request('POST', '/api/prevention/awareness', {
      headers: police,
      body: {
        heldOn: '2014-11-20',
        title: 'Late entry',
        placeCode: defaultPreventionPlaces.find((p) => p.kind !== 'abroad')!.code,
        audience: 'employers',
        language: 'az',
        channel: 'event',
        materials: [],
      },
    });
    expect(held.status).toBe(201);
    expect((await filled('tip')).awareness).toBe(1);
    // Sending it again needs a reason; the first release stays, byte for byte.
    expect((await release({})).status).toBe(422);
    const second = await release({ reason: 'An awareness activity was entered late.' });
    expect(second.status).toBe(201);
    const v2 = ((await second.json()) as { release: Release }).release;
    expect(v2.number).toBe(2);
    expect(answers((await download(v2, 'opennrm-tip-2014-v2.json')).bytes)).toMatchObject({ awareness: 1 });
    const again = await download(v1, 'opennrm-tip-2014-v1.xlsx');
    expect(again.sha).toBe(workbook.sha);
    expect(answers((await download(v1, 'opennrm-tip-2014-v1.json')).bytes)).toMatchObject({ awareness: 0 });
    const listed = await t.request('GET', '/api/country-report/releases?year=2014', { headers: coordinator });
    expect(((await listed.json()) as { releases: Release[] }).releases.map((r) => r.number)).toEqual([2, 1]);
    const missing = await t.request('GET', `/api/country-report/releases/${v1.id}/files/other.xlsx`, {
      headers: coordinator,
    });
    expect(missing.status).toBe(404);
    // Nobody rewrites a release behind the API either: the database refuses.
    for (const statement of [
      sql`update country_report_release_files set content = '\\x00'::bytea`,
      sql`delete from country_report_releases`,
    ])
      await expect(statement.execute(database.db)).rejects.toThrow(/frozen/);
    // The narrative goes in its three languages at once, as the documents the coordinator downloads.
    const narrative = await t.request('POST', '/api/country-report/releases', {
      headers: coordinator,
      body: { document: 'narrative', year: 2014 },
    });
    expect(narrative.status).toBe(201);
    const files = ((await narrative.json()) as { release: Release }).release.files.map((f) => f.name);
    expect(files).toEqual(
      expect.arrayContaining(
        ['en', 'az', 'ru'].flatMap((l) =>
          ['json', 'docx', 'pdf'].map((x) => `opennrm-narrative-2014-v1-${l}.${x}`),
        ),
      ),
    );
    expect(files).toHaveLength(10);
  });
});
