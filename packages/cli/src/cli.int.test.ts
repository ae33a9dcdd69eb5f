import { describe, expect, it } from 'vitest';
import { demoDataDir, freshDataDir, runCli, signInOver, startServe } from './testing/run-cli.ts';

/** The `opennrm` command as an operator runs it: separate processes on a real data directory. */
describe('opennrm command line', () => {
  it('explains itself with --help on every command, and refuses unknown commands with exit code 2', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['serve', 'migrate', 'demo', 'user', 'audit', 'keys'])
      expect(help.stdout).toContain(command);
    expect(help.stdout).toContain('OPENNRM_DATA_DIR');
    const sub = await runCli(['user', 'create', '--help']);
    expect(sub.stdout).toContain('--organisation');
    const bad = await runCli(['frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown command|too many arguments/i);
  });

  it('reports a bad setting clearly, with exit code 2', async () => {
    const res = await runCli(['migrate'], { PORT: 'eighty', OPENNRM_DATA_DIR: freshDataDir() });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('PORT must be a whole number');
  });

  it('creates the first administrator from the environment and loads no demo data', async () => {
    const dataDir = freshDataDir();
    const env = {
      OPENNRM_DATA_DIR: dataDir,
      OPENNRM_ADMIN_EMAIL: 'ops@ministry.gov.az',
      OPENNRM_ADMIN_PASSWORD: 'a-long-first-password',
    };
    // Started exactly as `npm start` starts it (through tsx); the other tests use the bundle.
    const server = await startServe(env, 'tsx');
    try {
      expect(server.output()).toContain('Sign in as ops@ministry.gov.az');
      expect(server.output()).not.toContain('demo');
      const headers = await signInOver(server.url, 'ops@ministry.gov.az', 'a-long-first-password');
      const orgs = (await (await fetch(`${server.url}/api/organisations`, { headers })).json()) as {
        organisations: { name: string }[];
      };
      expect(orgs.organisations.map((o) => o.name)).toEqual(['System operator']);
      // The data directory is locked while the server runs: a second process is told why.
      const second = await runCli(['migrate'], { OPENNRM_DATA_DIR: dataDir });
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/in use by process \d+/);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    // After a clean stop the lock is released; demo data only when asked for.
    const demo = await runCli(['demo'], { OPENNRM_DATA_DIR: dataDir });
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/11 organisations, 13 users and 4 persons added/);
  }, 180_000);

  it('creates users from the command line and explains mistakes', async () => {
    const dataDir = await demoDataDir();
    const env = { OPENNRM_DATA_DIR: dataDir, OPENNRM_NEW_USER_PASSWORD: 'another-long-password' };
    const ok = await runCli(
      [
        'user',
        'create',
        '--email',
        'second.admin@x.az',
        '--name',
        'Second',
        '--organisation',
        'OpenNRM system operator',
        '--role',
        'system_administrator',
      ],
      env,
    );
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain(
      'Created second.admin@x.az (system_administrator) in OpenNRM system operator',
    );
    const again = await runCli(
      [
        'user',
        'create',
        '--email',
        'SECOND.admin@x.az',
        '--name',
        'Dup',
        '--organisation',
        'OpenNRM system operator',
        '--role',
        'auditor',
      ],
      env,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    const badRole = await runCli(
      ['user', 'create', '--email', 'a@b.az', '--name', 'A', '--organisation', 'x', '--role', 'king'],
      env,
    );
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('Unknown role: king');
    const badOrg = await runCli(
      [
        'user',
        'create',
        '--email',
        'a@b.az',
        '--name',
        'A',
        '--organisation',
        'Nowhere',
        '--role',
        'auditor',
      ],
      env,
    );
    expect(badOrg.code).toBe(2);
    expect(badOrg.stderr).toContain('No organisation with the id or name "Nowhere"');
  }, 180_000);
});
