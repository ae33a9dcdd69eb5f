import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoDataDir, runCli } from './testing/run-cli.ts';

const police = 'MIA Anti-Trafficking Department';
const admin = 'admin@demo.opennrm.org';

/** A folder of CSV files, one per sheet, as a country's old spreadsheets are exported. */
function folder(files: Record<string, string[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'opennrm-history-'));
  mkdirSync(dir, { recursive: true });
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  return dir;
}

/** `opennrm import history` as the administrator runs it at the server's shell. */
describe('opennrm import history', () => {
  it('lists every error and writes nothing, then imports the corrected folder once', async () => {
    const env = { OPENNRM_DATA_DIR: await demoDataDir() };
    const persons = ['source_id,sex,birth_year,citizenships', 'H-1,Feminine,1990,AZ'];
    const bad = folder({
      'persons.csv': persons,
      'decisions.csv': [
        'source_id,person_source_id,outcome,decided_on,grounds',
        'HD-1,H-1,identified,2014-13-01,Certified.',
      ],
    });
    const errors = join(bad, 'errors.csv');
    const args = ['import', 'history', '--as', admin, '--organisation', police];
    const checked = await runCli([...args, bad, '--dry-run', '--errors', errors], env);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain(
      'decisions, row 2, decided_on: "2014-13-01" is not a date written as YYYY-MM-DD.',
    );
    expect(readFileSync(errors, 'utf8')).toContain('"decisions","2","decided_on"');

    const good = folder({
      'persons.csv': persons,
      'decisions.csv': [
        'source_id,person_source_id,outcome,decided_on,grounds',
        'HD-1,H-1,identified,2014-03-01,Certified.',
      ],
    });
    const imported = await runCli([...args, good], env);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/persons\s+created 1, unchanged 0/);
    expect(imported.stdout).toMatch(/Imported .* as run [0-9a-f-]{36}\./);
    const again = await runCli([...args, good], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/decisions\s+created 0, unchanged 1/);
  }, 300_000);

  it('refuses someone who may not import', async () => {
    const env = { OPENNRM_DATA_DIR: await demoDataDir() };
    const dir = folder({ 'persons.csv': ['source_id,sex', 'X-1,Masculine'] });
    const res = await runCli(
      ['import', 'history', dir, '--as', 'caseworker@demo.opennrm.org', '--organisation', police],
      env,
    );
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('not allowed');
  }, 180_000);
});
