import { describe, expect, it } from 'vitest';
import { freshDataDir, runCli } from '../../testing/run-cli.ts';

/** `opennrm demo --scale` as an operator runs it, on the embedded database. */
describe('opennrm demo --scale', () => {
  it('loads the demo country, adds the synthetic persons and says what it wrote', async () => {
    const dataDir = freshDataDir();
    const res = await runCli(['demo', '--scale', '500', '--seed', '3'], { OPENNRM_DATA_DIR: dataDir });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/11 organisations, 13 users and 4 persons added/);
    expect(res.stdout).toMatch(/Scale data generated \(seed 3\) in [\d.]+ s: persons 500, screenings \d+, /);
    // Again: the demo is there already, 500 more persons with fresh codes.
    const again = await runCli(['demo', '--scale', '500'], { OPENNRM_DATA_DIR: dataDir });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/0 organisations, 0 users and 0 persons added/);
    expect(again.stdout).toMatch(/persons 500,/);
  }, 120_000);

  it('refuses a scale that is not a whole number, with exit code 2', async () => {
    const res = await runCli(['demo', '--scale', 'many'], { OPENNRM_DATA_DIR: freshDataDir() });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--scale must be a whole number');
  });
});
