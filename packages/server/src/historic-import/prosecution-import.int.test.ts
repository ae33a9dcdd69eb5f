import { type ImportSheet, runHistoricImport } from '@opennrm/core';
import { actAs } from '@opennrm/core/testing';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

type Row = Record<string, string>;
type Cell = { value: number | null };
type Table = {
  key: string;
  rows: { code: string }[];
  columns: { code: string }[];
  current: { total: Cell; rowTotals: Cell[]; columnTotals: Cell[] };
  previous: { total: Cell; rowTotals: Cell[] };
};

function sheet(name: string, rows: Row[]): ImportSheet {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { name, headers, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}

/** A stage row without its ids: [stage, day, extra cells]. */
type Step = [stage: string, occurredOn: string, extra?: Row];
const prison = (months: number, suspended = false, fine = 0): Row => ({
  prison_months: String(months),
  suspended: suspended ? 'yes' : 'no',
  fine: String(fine),
});
const convicted = (charged: string, judged: string, sentence: Row): Step[] => [
  ['charged', charged],
  ['trial', charged],
  ['verdict', judged, { verdict: 'convicted' }],
  ['sentence', judged, sentence],
];

/**
 * The seed report's 2013 and 2014 prosecution figures as a country loads them from its old
 * register: the same cases as seed-prosecution-figures.int.test.ts (which enters them through
 * the API), here as sheets of the historic import with their real days. The 2014 report counts
 * them exactly; the officer's case is in the complicity compartment; a second run changes nothing.
 */
function seedRegister() {
  const cases: Row[] = [];
  const defendants: Row[] = [];
  const stages: Row[] = [];
  const add = (openedOn: string, form: string, steps: Step[], official = false) => {
    const n = cases.length + 1;
    cases.push({
      source_id: `C${n}`,
      reference: `${openedOn.slice(0, 4)}/${n}`,
      opened_by: 'police_anti_trafficking',
      opened_on: openedOn,
      legal_basis: form === 'ForcedLabour' ? '144-2' : '144-1',
      exploitation_forms: form,
    });
    defendants.push({
      source_id: `D${n}`,
      case_source_id: `C${n}`,
      kind: 'natural_person',
      name: official ? 'Police officer' : `Defendant ${n}`,
      sex: n % 3 === 0 ? 'female' : 'male',
      age_band: '30-44',
      citizenship: 'AZ',
      public_official: official ? 'yes' : 'no',
      public_function: official ? 'Police officer' : '',
      investigated_on: openedOn,
    });
    for (const [i, [stage, occurredOn, extra]] of steps.entries())
      stages.push({
        source_id: `D${n}-${i}`,
        defendant_source_id: `D${n}`,
        stage,
        occurred_on: occurredOn,
        ...extra,
      });
  };
  for (let i = 0; i < 21; i++) {
    const form = i < 4 ? 'ForcedLabour' : 'SexualExploitation';
    add(
      `2013-0${1 + (i % 9)}-10`,
      form,
      i < 5
        ? convicted('2013-10-01', '2013-11-20', prison(60))
        : i < 15
          ? convicted('2014-01-15', '2014-03-10', prison(i < 8 ? 48 : 96))
          : [['verdict', '2013-12-01', { verdict: 'closed', close_reason: 'insufficient_evidence' }]],
    );
  }
  const prisonTerms = [36, 60, 60, 66, 96, 96, 108, 108, 108, 108, 108];
  for (let i = 0; i < 22; i++) {
    let steps: Step[];
    if (i < prisonTerms.length) steps = convicted('2014-07-01', '2014-09-15', prison(prisonTerms[i]!));
    else if (i === 11)
      steps = [
        ...convicted('2014-07-01', '2014-09-15', { ...prison(102), compensation_ordered: '10000' }),
        ['appeal', '2014-10-01'],
        ['sentence', '2014-11-20', { ...prison(12, true), compensation_ordered: '10000' }],
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
    add(`2014-0${1 + (i % 6)}-05`, i % 2 === 0 ? 'ForcedLabour' : 'SexualExploitation', steps);
  }
  add('2014-04-02', 'ForcedLabour', [['charged', '2014-06-01']], true);
  const officer = `D${cases.length}`;
  return [
    sheet('criminal_cases', cases),
    sheet('defendants', defendants),
    sheet('defendant_stages', stages),
    sheet('administrative_measures', [
      { source_id: 'M1', defendant_source_id: officer, measure: 'dismissal', decided_on: '2014-05-01' },
    ]),
    // The businesswoman (the 33rd case) paid part of the compensation in 2014, the rest in 2015.
    sheet('compensation_payments', [
      { source_id: 'PAY1', defendant_source_id: 'D33', amount: '4000', paid_on: '2014-12-01' },
      { source_id: 'PAY2', defendant_source_id: 'D33', amount: '6000', paid_on: '2015-02-01' },
    ]),
  ];
}

describeEachBackend('prosecution through the historic import', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let tables: Table[];
  let narrative: string;

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
  });
  afterAll(() => database?.close());

  it('loads the 2013 and 2014 register, and a second run changes nothing', async () => {
    const admin = actAs(
      t.deps,
      t.organisations.system_operator,
      ['system_administrator'],
      t.users.system_administrator.id,
    );
    const input = {
      organisationId: t.organisations.police.id,
      fileName: 'criminal-cases-2013-2014.xlsx',
      fileSha256: 'ab'.repeat(32),
      dryRun: false,
      sheets: seedRegister(),
    };
    const stageRows = input.sheets.find((s) => s.name === 'defendant_stages')!.rows.length;
    const report = await runHistoricImport(admin, input);
    expect(report.errors).toEqual([]);
    expect(report.outcome).toBe('imported');
    expect(report.counts.criminal_cases?.created).toBe(44);
    expect(report.counts.defendant_stages?.created).toBe(stageRows);
    const again = await runHistoricImport(admin, { ...input, fileSha256: 'cd'.repeat(32) });
    expect(again.errors).toEqual([]);
    expect(again.counts.defendant_stages).toMatchObject({ created: 0, unchanged: stageRows });

    const res = await t.request('GET', '/api/statistics/report?year=2014', {
      headers: await t.signInAs('national_coordinator'),
    });
    const body = (await res.json()) as { tables: Table[]; narrative: { text: string }[] };
    tables = body.tables;
    narrative = body.narrative.map((p) => p.text).join('\n');
  }, 300_000);

  const table = (key: string) => tables.find((x) => x.key === key)!;
  const row = (key: string, code: string, period: 'current' | 'previous' = 'current') => {
    const tb = table(key);
    const r = tb.rows.findIndex((x) => x.code === code);
    return r < 0 ? 0 : tb[period].rowTotals[r]!.value;
  };

  it('gives the 2014 report the seed figures exactly', () => {
    expect(table('criminal_cases.exploitation_complicity').current.total.value).toBe(23);
    expect(table('criminal_cases.exploitation_complicity').previous.total.value).toBe(21);
    expect(row('defendants_judged.verdict_exploitation', 'convicted')).toBe(26);
    expect(row('defendants_judged.verdict_exploitation', 'convicted', 'previous')).toBe(5);
    expect(row('sentences.kind_history', 'prison')).toBe(21);
    expect(row('sentences.band_history', '3_6')).toBe(7);
    expect(row('sentences.band_history', '8_10')).toBe(14);
    const kinds = table('sentences.kind_history');
    expect(kinds.current.columnTotals[kinds.columns.findIndex((c) => c.code === 'reduced')]!.value).toBe(1);
    expect(table('cases_pending.stage_exploitation').current.total.value).toBe(3);
    expect(row('defendants_charged.complicity_sex', 'official_involved')).toBe(1);
    expect(table('administrative_measures.measure').current.total.value).toBe(1);
    expect(narrative).toContain(
      'The government convicted 26 traffickers in 2014, compared with five in 2013, and acquitted two; 21 were sentenced to prison: seven to three to six years and 14 to eight to ten years.',
    );
    expect(narrative).toContain('Three cases were still pending at the end of 2014.');
  });

  it('counts compensation paid in 2014 by the day paid', () => {
    const paid = table('compensation_payments.exploitation');
    expect(paid.current.total.value).toBe(4000);
  });

  it('keeps the imported officer’s case from the police unit, and gives it to the integrity unit', async () => {
    const list = async (role: 'investigator' | 'integrity_officer') =>
      (
        (await (
          await t.request('GET', '/api/cases?complicity=true&limit=200', { headers: await t.signInAs(role) })
        ).json()) as { total: number }
      ).total;
    expect(await list('investigator')).toBe(0);
    expect(await list('integrity_officer')).toBe(1);
  });
});
