import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDataDir, runCli } from './testing/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'opennrm-ctdc-cli-'));
function writeCsv(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** `opennrm import ctdc` as the national coordinator runs it. */
describe('opennrm import ctdc', () => {
  it('imports the good rows, lists the bad ones in a formula-safe CSV, and exits 0', async () => {
    const file = writeCsv('iom-2021.csv', [
      'yearOfRegistration,gender,ageBroad,citizenship,traffickMonths',
      '2021,Woman,18--20,PHL,0--12',
      '2021,=cmd|calc,18--20,PHL,',
      '2999,Man,48+,"U,A",',
      '2020,Man,48+,UKR,25+',
    ]);
    const errors = join(dir, 'errors.csv');
    const env = { OPENNRM_DATA_DIR: freshDataDir() };
    const res = await runCli(['import', 'ctdc', file, '--errors', errors], env);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Imported 2 rows from iom-2021.csv (CTDC Global Synthetic Dataset');
    expect(res.stdout).toContain('as dataset "iom-2021"; 2 rows rejected');
    expect(res.stderr).toContain('row 3, gender "=cmd|calc": not a CTDC gender');
    expect(readFileSync(errors, 'utf8').split('\n')).toEqual([
      'row,column,value,message',
      '3,gender,\'=cmd|calc,"not a CTDC gender (Female, Male, Woman, Man, Trans)"',
      `4,yearOfRegistration,2999,not a year of registration between 1990 and ${new Date().getFullYear()}`,
      '4,citizenship,"U,A",not an ISO 3166 alpha-2 or alpha-3 country code',
      '',
    ]);
    const again = await runCli(['import', 'ctdc', file, '--name', 'iom-2021'], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Dataset "iom-2021" already holds this file .*nothing to do/);
  });

  it('exits 1 with a clear message when the file is not CTDC or no row can be imported', async () => {
    const notCtdc = writeCsv('persons.csv', ['name,date of birth', 'A,2000-01-01']);
    const res = await runCli(['import', 'ctdc', notCtdc, '--dry-run']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('persons.csv: This is not a CTDC file');
    const allBad = writeCsv('bad.csv', ['yearOfRegistration,gender', '1066,Male']);
    const bad = await runCli(['import', 'ctdc', allBad, '--dry-run']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'No row of bad.csv (CTDC Global Dataset, k-anonymised) could be imported: 1 row rejected',
    );
  });
});
