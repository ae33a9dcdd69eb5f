import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { partText, readCountryReport } from '../testing/read-country-report.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Cell = { value: number | null };
type Table = {
  key: string;
  rows: { code: string; label: string }[];
  columns: { code: string }[];
  current: { cells: Cell[][]; rowTotals: Cell[]; columnTotals: Cell[]; total: Cell };
  previous: { total: Cell; rowTotals: Cell[] };
};
type Report = { tables: Table[]; narrative: { text: string }[] };
type Headers = Record<string, string>;

/** One defendant's path: [stage, day, extra] in order, after being investigated on the case's day. */
type Step = [stage: string, occurredOn: string, extra?: Record<string, unknown>];
const prison = (months: number, suspended = false, fine = 0) => ({
  sentence: {
    prisonMonths: months,
    suspended,
    fine,
    confiscation: false,
    compensationOrdered: 0,
    compensationPaid: 0,
  },
});
const convicted = (charged: string, judged: string, sentence: ReturnType<typeof prison>): Step[] => [
  ['charged', charged],
  ['trial', charged],
  ['verdict', judged, { verdict: 'convicted' }],
  ['sentence', judged, sentence],
];

/**
 * The seed report's prosecution figures entered through the API with their real days, as a
 * country loads its past: 21 cases investigated in 2013 (4 labour, 17 sex trafficking), 23 in
 * 2014; five traffickers convicted in 2013 and 26 in 2014, 21 of them to prison (seven to three
 * to six years, 14 to eight to ten); the businesswoman's 8.5 years replaced on appeal by one year
 * suspended; three cases pending at the end of 2014; the police officer who confiscated a
 * worker's documents, dismissed and prosecuted: one complicity case. The 2014 report and its
 * narrative in three languages say exactly that.
 */
describeEachBackend('the seed report’s prosecution figures through the API', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let police: Headers;
  const reports: Partial<Record<'en' | 'az' | 'ru', Report>> = {};
  let n = 0;
  /** A 2014 forced labour case whose defendant was convicted in 2014 (its forms are corrected last). */
  let labourCase = '';

  async function ok(method: string, path: string, body: unknown, headers = police) {
    const res = await t.request(method, path, { headers, body });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return JSON.parse(text) as Record<string, { id: string }>;
  }

  async function enter(openedOn: string, form: string, steps: Step[], official = false) {
    n += 1;
    const { criminalCase } = await ok('POST', '/api/cases', {
      reference: `${openedOn.slice(0, 4)}/${n}`,
      openedBy: 'police_anti_trafficking',
      openedOn,
      legalBasis: [form === 'ForcedLabour' ? '144-2' : '144-1'],
      exploitationForms: [form],
      prosecutorUserId: t.users.prosecutor.id,
    });
    const caseId = criminalCase!.id;
    const { defendant } = await ok('POST', `/api/cases/${caseId}/defendants`, {
      kind: 'natural_person',
      name: official ? 'Police officer' : `Defendant ${n}`,
      sex: n % 3 === 0 ? 'female' : 'male',
      ageBand: '30-44',
      citizenship: 'AZ',
      publicOfficial: official,
      publicFunction: official ? 'Police officer' : null,
      investigatedOn: openedOn,
    });
    const defendantId = defendant!.id;
    // The compartment: the opening unit loses an official's case; the assigned prosecutor carries on.
    const by = official ? await t.signInAs('prosecutor') : police;
    let version = 1;
    for (const [stage, occurredOn, extra] of steps) {
      await ok(
        'POST',
        `/api/cases/${caseId}/defendants/${defendantId}/stages`,
        { version, stage, occurredOn, ...extra },
        by,
      );
      version += 1;
    }
    return { caseId, defendantId, by };
  }

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
    police = await t.signInAs('investigator');
    // 2013: 4 labour and 17 sex trafficking cases; five convicted in 2013, ten in 2014, six closed.
    for (let i = 0; i < 21; i++) {
      const form = i < 4 ? 'ForcedLabour' : 'SexualExploitation';
      const opened = `2013-0${1 + (i % 9)}-10`;
      const steps: Step[] =
        i < 5
          ? convicted('2013-10-01', '2013-11-20', prison(60))
          : i < 15
            ? convicted('2014-01-15', '2014-03-10', prison(i < 8 ? 48 : 96))
            : [['verdict', '2013-12-01', { verdict: 'closed', closeReason: 'insufficient_evidence' }]];
      await enter(opened, form, steps);
    }
    // 2014: 23 cases. With the ten above, 26 convictions in 2014: 21 to prison (7 to 3-6 years,
    // 14 to 8-10, all of them also within the seed's 8-9 years), three suspended (one of them the businesswoman's, reduced on appeal), two fines;
    // two acquitted, two dismissed, and three still in court at the end of the year.
    const prisonTerms = [36, 60, 60, 66, 96, 96, 102, 102, 102, 102, 102];
    for (let i = 0; i < 22; i++) {
      const opened = `2014-0${1 + (i % 6)}-05`;
      const form = i % 2 === 0 ? 'ForcedLabour' : 'SexualExploitation';
      let steps: Step[];
      if (i < prisonTerms.length) steps = convicted('2014-07-01', '2014-09-15', prison(prisonTerms[i]!));
      else if (i === 11)
        // The businesswoman: 8.5 years for forced labour of a domestic worker, one year suspended on appeal.
        steps = [
          ...convicted('2014-07-01', '2014-09-15', prison(102)),
          ['appeal', '2014-10-01'],
          ['sentence', '2014-11-20', prison(12, true)],
          ['final', '2014-11-20'],
        ];
      else if (i < 14) steps = convicted('2014-07-01', '2014-09-15', prison(24, true));
      else if (i < 16) steps = convicted('2014-07-01', '2014-09-15', prison(0, false, 5000));
      else if (i < 18)
        steps = [
          ['charged', '2014-07-01'],
          ['trial', '2014-08-01'],
          ['verdict', '2014-10-01', { verdict: 'acquitted' }],
        ];
      else if (i < 20)
        steps = [
          ['charged', '2014-07-01'],
          ['verdict', '2014-10-01', { verdict: 'dismissed' }],
        ];
      else steps = [['charged', '2014-08-01']];
      const entered = await enter(opened, form, steps);
      if (i === 0) labourCase = entered.caseId;
    }
    // The 23rd: the police officer who confiscated a foreign worker's documents and forced him to
    // work, dismissed and charged, his trial pending at the end of the year.
    const officer = await enter('2014-04-02', 'ForcedLabour', [['charged', '2014-06-01']], true);
    await ok(
      'POST',
      `/api/cases/${officer.caseId}/defendants/${officer.defendantId}/measures`,
      { measure: 'dismissal', decidedOn: '2014-05-01' },
      officer.by,
    );
    const coordinator = await t.signInAs('national_coordinator');
    for (const locale of ['en', 'az', 'ru'] as const) {
      const res = await t.request('GET', `/api/statistics/report?year=2014&locale=${locale}`, {
        headers: coordinator,
      });
      expect(res.status).toBe(200);
      reports[locale] = (await res.json()) as Report;
    }
  }, 600_000);
  afterAll(() => database?.close());

  const table = (key: string) => reports.en!.tables.find((x) => x.key === key)!;
  const row = (key: string, code: string, period: 'current' | 'previous' = 'current') => {
    const tb = table(key);
    const r = tb.rows.findIndex((x) => x.code === code);
    return r < 0 ? 0 : tb[period].rowTotals[r]!.value;
  };
  const column = (key: string, code: string) => {
    const tb = table(key);
    const c = tb.columns.findIndex((x) => x.code === code);
    return c < 0 ? 0 : tb.current.columnTotals[c]!.value;
  };

  it('counts 23 investigations in 2014 against 21 in 2013 (4 labour, 17 sex trafficking)', () => {
    const cases = table('criminal_cases.exploitation_complicity');
    expect(cases.current.total.value).toBe(23);
    expect(cases.previous.total.value).toBe(21);
    expect([
      row('criminal_cases.exploitation_complicity', 'labour', 'previous'),
      row('criminal_cases.exploitation_complicity', 'sexual', 'previous'),
    ]).toEqual([4, 17]);
    expect(column('criminal_cases.exploitation_complicity', 'official_involved')).toBe(1);
  });

  it('counts 26 convictions against five, 21 to prison in the two bands, one sentence reduced', () => {
    expect(row('defendants_judged.verdict_exploitation', 'convicted')).toBe(26);
    expect(row('defendants_judged.verdict_exploitation', 'convicted', 'previous')).toBe(5);
    expect(row('defendants_judged.verdict_exploitation', 'acquitted')).toBe(2);
    expect(row('sentences.kind_history', 'prison')).toBe(21);
    expect(row('sentences.band_history', '3_6')).toBe(7);
    expect(row('sentences.band_history', '8_10')).toBe(14);
    expect(row('sentences.kind_history', 'suspended')).toBe(3);
    expect(row('sentences.kind_history', 'fine_only')).toBe(2);
    expect(column('sentences.kind_history', 'reduced')).toBe(1);
    expect(table('sentences.median_months').current.total.value).toBe(96);
  });

  it('counts three cases pending at the end of 2014 (ten at the end of 2013) and one complicity prosecution', () => {
    expect(table('cases_pending.stage_exploitation').current.total.value).toBe(3);
    // All three in court at the end of 2014; at the end of 2013, the ten 2013 cases first charged
    // in January 2014 (the five convicted and six closed in 2013 are not pending).
    expect(row('cases_pending.stage_exploitation', 'court')).toBe(3);
    expect(table('cases_pending.stage_exploitation').previous.total.value).toBe(10);
    expect(row('cases_pending.stage_exploitation', 'investigation', 'previous')).toBe(10);
    expect(row('defendants_charged.complicity_sex', 'official_involved')).toBe(1);
    expect(table('administrative_measures.measure').current.total.value).toBe(1);
  });

  it('says it in the narrative, in English, Azerbaijani and Russian', () => {
    const paragraph = (locale: 'en' | 'az' | 'ru') =>
      reports[locale]!.narrative.map((p) => p.text).join('\n');
    const en = paragraph('en');
    expect(en).toContain(
      'The government convicted 26 traffickers in 2014, compared with five in 2013, and acquitted two; 21 were sentenced to prison: seven to three to six years and 14 to eight to ten years.',
    );
    expect(en).toContain(
      'In 2014 the government investigated 23 criminal cases of trafficking involving 23 suspects, compared with 21 in 2013.',
    );
    expect(en).toContain('Three cases were still pending at the end of 2014.');
    expect(en).toContain(
      'Official complicity: one case investigated, one official prosecuted and one administrative measure taken.',
    );
    expect(en).toContain('one was reduced or replaced by a lighter sentence on appeal');
    const az = paragraph('az');
    expect(az).toContain(
      '2014-cü ildə hökumət 26 insan alverçisini məhkum etmişdir (2013-cü ildə: 5), 2 nəfər bəraət almışdır; 21 nəfərə azadlıqdan məhrumetmə cəzası təyin edilmişdir: 7 nəfərə üç ildən altı ilədək və 14 nəfərə səkkiz ildən on ilədək.',
    );
    expect(az).toContain('2014-cü ilin sonunda 3 iş hələ başa çatmamışdı.');
    const ru = paragraph('ru');
    expect(ru).toContain(
      'В 2014 году суды осудили 26 торговцев людьми (в 2013 году — 5), оправданных — 2; к лишению свободы приговорены 21 человек: от трёх до шести лет — 7, от восьми до десяти лет — 14.',
    );
    expect(ru).toContain('Дел, не завершённых на конец 2014 года, — 3.');
  });

  it('carries them into the country report: the three questionnaires, the narrative and the assessment', async () => {
    const reading = await readCountryReport(t, 2014);
    expect(reading.answers.tip).toMatchObject({
      investigations: 23,
      'investigations.previous': 21,
      convictions: 26,
      'convictions.previous': 5,
      acquittals: 2,
      'sentences.prison': 21,
      'sentences.3_to_6_years': 7,
      'sentences.6_years_or_more': 14,
      'sentences.suspended': 3,
      'sentences.fine_only': 2,
      'sentences.median_months': 96,
      cases_pending: 3,
      'complicity.investigations': 1,
      'complicity.prosecutions': 1,
    });
    expect(reading.answers.greta).toMatchObject({
      investigations: 23,
      convictions: 26,
      'sentences.prison': 21,
    });
    expect(reading.answers.glotip).toMatchObject({ convicted: 26 });
    expect(reading.unfilled.greta.find((q) => q.key === 'convictions.final')?.reason).toMatch(
      /first verdict/,
    );
    expect(partText(reading, 'en', 'summary')).toContain('investigations — 23 (21, an increase)');
    expect(partText(reading, 'en', 'prosecution')).toContain(
      'The government convicted 26 traffickers in 2014, compared with five in 2013, and acquitted two; 21 were sentenced to prison: seven to three to six years and 14 to eight to ten years.',
    );
    expect(partText(reading, 'az', 'prosecution')).toContain(
      '2014-cü ilin sonunda 3 iş hələ başa çatmamışdı.',
    );
    expect(partText(reading, 'ru', 'prosecution')).toContain(
      'В 2014 году суды осудили 26 торговцев людьми (в 2013 году — 5), оправданных — 2;',
    );
    expect(partText(reading, 'ru', 'summary')).toContain('уголовные дела — 23 (21, рост)');
    expect(reading.weaknesses).toContain('lenient_sentences');
  });

  // Last: it changes the bands for the rest of the file. The seed's own bands, "three to six
  // years and eight to nine years", configured by the administrator, word the same sentence.
  it('counts and says the sentences in the bands the country configures (3-6 and 8-9 years)', async () => {
    const admin = await t.signInAs('system_administrator');
    const years = (from: number, to: number | null) => ({ fromMonths: from * 12, toMonths: to && to * 12 });
    const put = (sentenceBands: unknown) =>
      t.request('PUT', '/api/cases/options/sentence-bands', { headers: admin, body: { sentenceBands } });
    // A gap between bands would leave sentences uncounted: refused.
    expect((await put([years(0, 3), years(4, null)])).status).toBe(422);
    const seedBands = [years(0, 3), years(3, 6), years(6, 8), years(8, 9), years(9, null)];
    expect((await put(seedBands)).status).toBe(200);
    const coordinator = await t.signInAs('national_coordinator');
    const read = async (locale: 'en' | 'az' | 'ru') => {
      const res = await t.request('GET', `/api/statistics/report?year=2014&locale=${locale}`, {
        headers: coordinator,
      });
      return (await res.json()) as Report;
    };
    const [en, az, ru] = await Promise.all([read('en'), read('az'), read('ru')]);
    const bands = en.tables.find((x) => x.key === 'sentences.band_history')!;
    expect(bands.rows.map((r) => r.label).slice(0, 5)).toEqual([
      'Prison, under 3 years',
      'Prison, 3 to 6 years',
      'Prison, 6 to 8 years',
      'Prison, 8 to 9 years',
      'Prison, 9 years or more',
    ]);
    expect(bands.current.rowTotals.slice(0, 5).map((c) => c.value)).toEqual([0, 7, 0, 14, 0]);
    const text = (report: Report) => report.narrative.map((p) => p.text).join('\n');
    expect(text(en)).toContain(
      '21 were sentenced to prison: seven to three to six years and 14 to eight to nine years.',
    );
    expect(text(az)).toContain('7 nəfərə üç ildən altı ilədək və 14 nəfərə səkkiz ildən doqquz ilədək.');
    expect(text(ru)).toContain('от трёх до шести лет — 7, от восьми до девяти лет — 14.');
    // The TIP questionnaire's own ranges are summed from whichever bands are configured.
    const reading = await readCountryReport(t, 2014);
    expect(reading.answers.tip).toMatchObject({
      'sentences.under_3_years': 0,
      'sentences.3_to_6_years': 7,
      'sentences.6_years_or_more': 14,
    });
  });

  // Last: it changes a case. A national report reads each defendant's exploitation group kept
  // with the defendant (migration 40); correcting the case's forms must move its defendants.
  it("moves a convicted defendant to sex trafficking when the case's forms are corrected", async () => {
    const cell = (report: Report, verdict: string, group: string) => {
      const tb = report.tables.find((x) => x.key === 'defendants_judged.verdict_exploitation')!;
      const r = tb.rows.findIndex((x) => x.code === verdict);
      const c = tb.columns.findIndex((x) => x.code === group);
      return r < 0 || c < 0 ? 0 : (tb.current.cells[r]![c]!.value ?? 0);
    };
    const coordinator = await t.signInAs('national_coordinator');
    const read = async () =>
      (await (
        await t.request('GET', '/api/statistics/report?year=2014', { headers: coordinator })
      ).json()) as Report;
    const before = await read();
    const { criminalCase } = (await ok('GET', `/api/cases/${labourCase}`, undefined)) as unknown as {
      criminalCase: { version: number };
    };
    await ok('PATCH', `/api/cases/${labourCase}`, {
      version: criminalCase.version,
      exploitationForms: ['SexualExploitation'],
    });
    const after = await read();
    expect(cell(after, 'convicted', 'labour')).toBe(cell(before, 'convicted', 'labour') - 1);
    expect(cell(after, 'convicted', 'sexual')).toBe(cell(before, 'convicted', 'sexual') + 1);
  });
});
