import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CtdcRowError } from '@opennrm/core';
import type { RowSource } from '@opennrm/db';
import { describeEachBackend } from '@opennrm/db/testing';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { importCtdcFile } from './import-ctdc-file.ts';

const fixture = new URL('../../../../../shared/data/ctdc-global-2020-subset.csv', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'opennrm-ctdc-'));
function writeCsv(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
const by = { importedBy: 'test', currentYear: 2026 };

/** The fixture counted straight from its text, by year x gender x age band x exploitation. */
function countFixtureDirectly(): Map<string, number> {
  const flag = { '1.0': true, '0.0': false, '': null } as Record<string, boolean | null>;
  const counts = new Map<string, number>();
  for (const line of readFileSync(fixture, 'utf8').trim().split('\n').slice(1)) {
    const [year, gender, age, , labour, sexual] = line.split(',') as string[];
    const l = flag[labour as string];
    const s = flag[sexual as string];
    const exploitation =
      l && s ? 'both' : s ? 'sexual' : l ? 'labour' : l === false && s === false ? 'other' : 'unknown';
    const key = `${year}|${gender?.toLowerCase()}|${age === '' ? 'unknown' : age?.replace('--', '-')}|${exploitation}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describeEachBackend('CTDC import', (open) => {
  it('imports the CTDC 2020 fixture: counts by year, gender, age band and exploitation equal the CSV', async () => {
    const database = await open();
    try {
      const result = await importCtdcFile(database, fixture, by);
      expect(result).toMatchObject({
        outcome: 'imported',
        rows: 48_773,
        rejected: 0,
        format: 'ctdc-global-k-anonymised',
      });
      expect(result.ignored).toContain('nacionalidade_alpha3');
      const rows = await sql<{ key: string; n: number }>`
        select year || '|' || coalesce(gender, 'unknown') || '|' || coalesce(age_band, 'unknown') || '|' ||
          case when is_sexual_exploit and is_forced_labour then 'both'
               when is_sexual_exploit then 'sexual' when is_forced_labour then 'labour'
               when is_sexual_exploit = false and is_forced_labour = false then 'other'
               else 'unknown' end as key, count(*)::int as n
        from ctdc_records where dataset_id = ${result.datasetId} group by 1`.execute(database.db);
      expect(new Map(rows.rows.map((r) => [r.key, r.n]))).toEqual(countFixtureDirectly());
      const dataset = await database.db.selectFrom('source_datasets').selectAll().executeTakeFirstOrThrow();
      expect(dataset).toMatchObject({
        name: 'ctdc-global-2020-subset',
        file_name: 'ctdc-global-2020-subset.csv',
        sha256: '881eeb7b25a6d9f11ac3cc4d752df05eb6b67d5bcd0a779a36cfef094aef4cdf',
        row_count: 48_773,
        status: 'ready',
      });
      expect(dataset.attribution).toMatch(/^Counter Trafficking Data Collaborative \(CTDC\)/);
    } finally {
      await database.close();
    }
  });

  it('dry run reads everything and writes nothing; the same file again is a no-op', async () => {
    const database = await open();
    try {
      const path = writeCsv('small.csv', [
        'yearOfRegistration,gender,ageBroad',
        '2016,Female,9--17',
        '2017,Male,',
      ]);
      const dry = await importCtdcFile(database, path, { ...by, dryRun: true });
      expect(dry).toMatchObject({ outcome: 'dry-run', rows: 2, rejected: 0 });
      const counted = sql<{
        n: number;
      }>`select (select count(*) from source_datasets)::int + (select count(*) from ctdc_records)::int as n`;
      expect((await counted.execute(database.db)).rows[0]?.n).toBe(0);
      const first = await importCtdcFile(database, path, by);
      const again = await importCtdcFile(database, path, by);
      expect(again).toMatchObject({ outcome: 'unchanged', datasetId: first.datasetId });
      expect((await counted.execute(database.db)).rows[0]?.n).toBe(3);
    } finally {
      await database.close();
    }
  });

  it('new content under the same name replaces the dataset; a failed or empty import leaves the old one', async () => {
    const database = await open();
    const ready = () =>
      database.db
        .selectFrom('source_datasets')
        .select(['id', 'row_count'])
        .where('status', '=', 'ready')
        .execute();
    const years = async (id: string | null) =>
      (
        await database.db
          .selectFrom('ctdc_records')
          .select('year')
          .where('dataset_id', '=', id as string)
          .orderBy('row_number')
          .execute()
      ).map((r) => r.year);
    try {
      const old = await importCtdcFile(database, writeCsv('v1.csv', ['yearOfRegistration', '2015', '2016']), {
        ...by,
        name: 'iom',
      });
      const failing = {
        db: database.db,
        copyInto: async (table: string, columns: readonly string[], rows: RowSource) => {
          const some: (readonly unknown[])[] = [];
          for await (const row of rows) if (some.length < 2) some.push(row);
          await database.copyInto(table, columns, some);
          // Half-loaded: reports still see exactly the old dataset.
          expect(await ready()).toEqual([{ id: old.datasetId, row_count: 2 }]);
          throw new Error('disk full');
        },
      };
      const v2 = writeCsv('v2.csv', ['yearOfRegistration', '2018', '2019', '2020']);
      await expect(importCtdcFile(failing, v2, { ...by, name: 'iom' })).rejects.toThrow('disk full');
      const allBad = await importCtdcFile(database, writeCsv('bad.csv', ['yearOfRegistration', '1800']), {
        ...by,
        name: 'iom',
      });
      expect(allBad.outcome).toBe('nothing-imported');
      expect(await ready()).toEqual([{ id: old.datasetId, row_count: 2 }]);
      expect(await years(old.datasetId)).toEqual([2015, 2016]);

      const replaced = await importCtdcFile(database, v2, { ...by, name: 'iom' });
      expect(replaced.outcome).toBe('replaced');
      expect(await ready()).toEqual([{ id: replaced.datasetId, row_count: 3 }]);
      expect(await years(replaced.datasetId)).toEqual([2018, 2019, 2020]);
      expect(await years(old.datasetId)).toEqual([]);
      const all = await database.db.selectFrom('source_datasets').select('status').execute();
      expect(all).toEqual([{ status: 'ready' }]);
    } finally {
      await database.close();
    }
  });

  it('imports format B (synthetic) and format A with its terms-of-use header, reporting bad rows by row number', async () => {
    const database = await open();
    try {
      const b = writeCsv('synthetic.csv', [
        'yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,traffickMonths,meansThreats,meansFalsePromises,isForcedLabour,isSexualExploit,isOtherExploit,typeOfSexProstitution,recruiterRelationFriend',
        '2021,Woman,18--20,PHL,USA,0--12,1,,,1,,1,1',
        '2022,Trans/Transgender/NonConforming,,UKR,POL,25+,,,,,,,',
        '2020,Man,30--38,XXX,USA,,,,1,,,,',
      ]);
      const errors: CtdcRowError[] = [];
      const synthetic = await importCtdcFile(database, b, { ...by, onRowError: (e) => errors.push(e) });
      expect(synthetic).toMatchObject({
        outcome: 'imported',
        format: 'ctdc-global-synthetic',
        rows: 2,
        rejected: 1,
      });
      expect(errors).toEqual([
        { row: 4, column: 'citizenship', value: 'XXX', message: expect.stringMatching(/ISO 3166/) },
      ]);
      const records = await database.db
        .selectFrom('ctdc_records')
        .selectAll()
        .where('dataset_id', '=', synthetic.datasetId as string)
        .orderBy('row_number')
        .execute();
      expect(
        records.map((r) => [
          r.row_number,
          r.gender,
          r.age_band,
          r.majority,
          r.citizenship,
          r.exploitation_country,
          r.traffick_months,
        ]),
      ).toEqual([
        [2, 'female', '18-20', 'adult', 'PH', 'US', '0--12'],
        [3, 'other', null, null, 'UA', 'PL', '25+'],
      ]);
      expect(records[0]).toMatchObject({
        is_forced_labour: false,
        is_sexual_exploit: true,
        is_other_exploit: false,
        means: ['threats'],
        sex_types: ['prostitution'],
        recruiter_relations: ['friend'],
      });
      expect(records[1]).toMatchObject({ is_forced_labour: null, is_sexual_exploit: null, means: [] });

      const a = writeCsv('global.csv', [
        '"By using this data, you agree to the CTDC terms of use",yearOfRegistration,Datasource,gender,ageBroad,majorityStatus,citizenship,CountryOfExploitation,isForcedLabour,isSexualExploit,meansOfControlDebtBondage,typeOfLabourBegging',
        ',2018,Case Management,Female,9--17,Minor,MD,RU,0,1,1,-99',
        ',2019,Hotline,Male,-99,Adult,00,0,-99,-99,-99,1',
        ',2017,Hotline,Robot,48+,Adult,MD,RU,0,0,0,0',
      ]);
      const global = await importCtdcFile(database, a, { ...by, name: 'global' });
      expect(global).toMatchObject({
        format: 'ctdc-global-k-anonymised',
        rows: 2,
        rejected: 1,
        firstErrors: [{ row: 4, column: 'gender', value: 'Robot' }],
      });
      expect(global.ignored).toEqual(['(terms-of-use index column)', 'Datasource']);
      const globalRecords = await database.db
        .selectFrom('ctdc_records')
        .selectAll()
        .where('dataset_id', '=', global.datasetId as string)
        .orderBy('row_number')
        .execute();
      expect(
        globalRecords.map((r) => [
          r.year,
          r.gender,
          r.age_band,
          r.majority,
          r.citizenship,
          r.is_forced_labour,
          r.is_sexual_exploit,
          r.means,
          r.labour_types,
        ]),
      ).toEqual([
        [2018, 'female', '9-17', 'child', 'MD', false, true, ['debt_bondage'], []],
        [2019, 'male', null, 'adult', null, null, null, [], ['begging']],
      ]);
    } finally {
      await database.close();
    }
  });
});
