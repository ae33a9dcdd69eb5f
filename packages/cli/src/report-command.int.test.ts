import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect, createStore } from '@opennrm/db';
import { describe, expect, it } from 'vitest';
import { demoDataDir, runCli } from './testing/run-cli.ts';

describe('opennrm report', () => {
  it('writes the published report as JSON, PDF and one table as CSV, audited as the command line', async () => {
    // The demo country (shared template) plus 300 synthetic persons, as `demo --scale` adds them.
    const dataDir = await demoDataDir();
    expect((await runCli(['demo', '--scale', '300'], { OPENNRM_DATA_DIR: dataDir })).code).toBe(0);
    const json = join(dataDir, 'report.json');
    const made = await runCli(['report', '--year', '2025', '--out', json, '--locale', 'ru'], {
      OPENNRM_DATA_DIR: dataDir,
    });
    expect(made.code, made.stderr).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8')) as {
      view: string;
      locale: string;
      tables: { key: string; current: { total: { value: number | null } } }[];
      narrative: { text: string }[];
    };
    expect(report.view).toBe('published');
    expect(report.locale).toBe('ru');
    expect(
      report.tables.find((t) => t.key === 'victims_identified.sex_age')!.current.total.value,
    ).toBeGreaterThan(5);
    expect(report.narrative[0]!.text).toMatch(/В 2025 году/);

    const pdf = join(dataDir, 'report.pdf');
    expect(
      (await runCli(['report', '--out', pdf, '--year', '2025'], { OPENNRM_DATA_DIR: dataDir })).code,
    ).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const csv = join(dataDir, 'table.csv');
    const table = await runCli(
      ['report', '--out', csv, '--year', '2025', '--table', 'victims_identified.sex_age'],
      {
        OPENNRM_DATA_DIR: dataDir,
      },
    );
    expect(table.code, table.stderr).toBe(0);
    expect(readFileSync(csv, 'utf8')).toMatch(/Female/);

    const refused = await runCli(['report', '--out', join(dataDir, 'x.csv'), '--year', '2025'], {
      OPENNRM_DATA_DIR: dataDir,
    });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--table/);
    expect(existsSync(join(dataDir, 'x.csv'))).toBe(false);

    const handle = await connect({ dataDir });
    try {
      const events = await createStore(handle.db).audit.list({
        action: 'statistics.report_downloaded',
        limit: 10,
      });
      expect(events.map((e) => (e.details as { format: string }).format).sort()).toEqual([
        'csv',
        'json',
        'pdf',
      ]);
      // The command line's operator: no user, organisation or borrowed role, marked via cli.
      for (const e of events) {
        expect(e).toMatchObject({ actorUserId: null, actorOrganisationId: null, actorRoles: [] });
        expect((e.details as { via: string }).via).toBe('cli');
      }
    } finally {
      await handle.close();
    }
  }, 400_000);
});
