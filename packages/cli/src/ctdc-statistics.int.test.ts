import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildAnnualReport } from '@opennrm/core';
import { actAs, addOrganisation, createTestDeps } from '@opennrm/core/testing';
import { createStore } from '@opennrm/db';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importCtdcFile } from './ctdc/import-ctdc-file.ts';

const fixture = fileURLToPath(
  new URL('../../../../shared/data/ctdc-global-2020-subset.csv', import.meta.url),
);

/** The check, counted straight from the file: year x gender x age band x exploitation. */
function countTheFile(): Map<string, number> {
  const [header, ...lines] = readFileSync(fixture, 'utf8').trim().split(/\r?\n/);
  const column = (name: string) => header!.split(',').indexOf(name);
  const [year, gender, age, labour, sexual] = [
    'yearOfRegistration',
    'gender',
    'ageBroad',
    'isForcedLabour',
    'isSexualExploit',
  ].map(column);
  const counts = new Map<string, number>();
  for (const line of lines) {
    const cells = line.split(',');
    const flag = (i: number) => (cells[i] === '' ? null : Number(cells[i]) === 1);
    const isLabour = flag(labour!);
    const isSexual = flag(sexual!);
    const form =
      isSexual && isLabour
        ? 'sexual_and_labour'
        : isSexual
          ? 'sexual'
          : isLabour
            ? 'labour'
            : isSexual === false && isLabour === false
              ? 'other'
              : 'unknown';
    const sex = cells[gender!] === 'Female' ? 'female' : cells[gender!] === 'Male' ? 'male' : 'unknown';
    const band = cells[age!] ? cells[age!]!.replace('--', '-') : 'unknown';
    const key = `${cells[year!]}|${sex}|${band}|${form}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describeEachBackend('CTDC fixture through the statistics engine', (open) => {
  let database: TestDatabase;
  let datasetId: string;
  let deps: ReturnType<typeof createTestDeps>;

  beforeAll(async () => {
    database = await open();
    deps = createTestDeps(createStore(database.db));
    const result = await importCtdcFile(database, fixture, { importedBy: 'test', name: 'ctdc-2020-subset' });
    expect(result.rejected).toBe(0);
    datasetId = result.datasetId!;
  }, 240_000);
  afterAll(() => database.close());

  it('counts every year x gender x age band x exploitation exactly as the file does', async () => {
    const expected = countTheFile();
    const years = [...new Set([...expected.keys()].map((k) => Number(k.split('|')[0])))].sort();
    const rows = await deps.store.statistics.aggregate({
      fact: 'victims_identified',
      source: { kind: 'ctdc', datasetId },
      periods: years.map((y) => ({ from: `${y}-01-01`, to: `${y + 1}-01-01` })),
      scope: { kind: 'national' },
      countryCode: 'AZ',
      timeZone: 'Asia/Baku',
      groupings: [['sex', 'age_band', 'exploitation']],
      medians: [],
      asOf: new Date(),
    });
    const actual = new Map(
      rows.map((r) => [
        `${years[r.period]}|${r.values.sex}|${r.values.age_band}|${r.values.exploitation}`,
        r.count,
      ]),
    );
    expect(actual).toEqual(expected);
    expect([...actual.values()].reduce((a, b) => a + b, 0)).toBe(48_773);
  });

  it('runs the annual report over the dataset, with its tables and a narrative that says so', async () => {
    const coordinator = await addOrganisation(deps, 'coordinator');
    const report = await buildAnnualReport(actAs(deps, coordinator, ['national_coordinator']), {
      year: 2016,
      datasetId,
    });
    const expected = countTheFile();
    const of2016 = [...expected].filter(([k]) => k.startsWith('2016|'));
    const sexAge = report.tables.find((t) => t.key === 'victims_identified.band_sex')!;
    expect(sexAge.current.total.value).toBe(of2016.reduce((a, [, n]) => a + n, 0));
    expect(sexAge.previous.total.value).toBe(
      [...expected].filter(([k]) => k.startsWith('2015|')).reduce((a, [, n]) => a + n, 0),
    );
    expect(report.tables.every((t) => t.fact === 'victims_identified')).toBe(true);
    expect(report.narrative[0]!.text).toMatch(/dataset/);
  });
});
