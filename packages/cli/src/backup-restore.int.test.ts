import { randomBytes } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect, readBackupHeader } from '@opennrm/db';
import { freshPostgresDatabase } from '@opennrm/db/testing';
import { describe, expect, inject, it } from 'vitest';
import { freshDataDir, runCli, signInOver, startServe } from './testing/run-cli.ts';

/**
 * What an operator relies on: a backup taken while the server runs, restored into an empty
 * installation only, gives back exactly the records of the moment of the backup (not the ones
 * written after it), with an audit chain that verifies, on the embedded database and on PostgreSQL.
 */
async function namesIn(target: { dataDir?: string; databaseUrl?: string }, table: 'organisations' | 'users') {
  const handle = await connect({ ...target, poolSize: 1 });
  try {
    const column = table === 'users' ? 'email' : 'name';
    const rows = await handle.db
      .selectFrom(table)
      .select(`${column} as name` as 'name')
      .execute();
    return rows.map((r) => String(r.name));
  } finally {
    await handle.close();
  }
}

const admin = {
  OPENNRM_ADMIN_EMAIL: 'admin@example.org',
  OPENNRM_ADMIN_PASSWORD: 'Unrelated-horse-battery-77',
};

describe('opennrm backup and restore on the embedded database', () => {
  it('backs up through the running server; restores into an empty directory only, as it was at the backup', async () => {
    // A first start with an administrator: small data, as a new installation has.
    const live = freshDataDir();
    const file = join(freshDataDir(), 'opennrm.backup');
    const server = await startServe({ OPENNRM_DATA_DIR: live, ...admin });
    try {
      const backup = await runCli(['backup', file], { OPENNRM_DATA_DIR: live });
      expect(backup.code, backup.stderr).toBe(0);
      expect(backup.stdout).toContain('taken by the running server');
      expect(backup.stdout).toContain('keep them apart');
      // Written after the backup: the restore must not have it.
      const headers = await signInOver(server.url, admin.OPENNRM_ADMIN_EMAIL, admin.OPENNRM_ADMIN_PASSWORD);
      const created = await fetch(`${server.url}/api/organisations`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'Added after the backup', type: 'ngo' }),
      });
      expect(created.status).toBe(201);
    } finally {
      await server.stop();
    }

    const overData = await runCli(['restore', file], { OPENNRM_DATA_DIR: live });
    expect(overData.code).not.toBe(0);
    expect(overData.stderr).toContain('already holds a database');

    const noKeys = await runCli(['restore', file], { OPENNRM_DATA_DIR: freshDataDir() });
    expect(noKeys.code).toBe(2);
    expect(noKeys.stderr).toContain('keyring.json does not exist');

    const target = freshDataDir();
    copyFileSync(join(live, 'keyring.json'), join(target, 'keyring.json'));
    const damaged = join(freshDataDir(), 'damaged.backup');
    const bytes = readFileSync(file);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 0xff;
    writeFileSync(damaged, bytes);
    const refused = await runCli(['restore', damaged], { OPENNRM_DATA_DIR: target });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('is damaged');
    expect(refused.stderr).toContain('Nothing was restored');

    // The same directory: the damaged file left nothing behind that would stop a restore.
    const restored = await runCli(['restore', file], { OPENNRM_DATA_DIR: target });
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain("Every table holds the backup's rows");
    expect(restored.stdout).toContain('The audit log verifies');

    const { manifest } = await readBackupHeader(file);
    const names = await namesIn({ dataDir: target }, 'organisations');
    expect(names).toHaveLength(manifest.counts.organisations ?? -1);
    expect(names).not.toContain('Added after the backup');
    expect(await namesIn({ dataDir: live }, 'organisations')).toContain('Added after the backup');
  }, 120_000);
});

const postgresInstalled = inject('opennrmTestDatabases')?.postgres != null;

describe.skipIf(!postgresInstalled)('opennrm backup and restore on PostgreSQL', () => {
  it('pg_dump on one snapshot; restore into an empty database only, as it was at the backup', async () => {
    const [source, target] = [await freshPostgresDatabase(), await freshPostgresDatabase()];
    if (!source || !target) throw new Error('no PostgreSQL');
    const key = () => randomBytes(32).toString('base64');
    const keys = { OPENNRM_DATA_KEY: `k1:${key()}`, OPENNRM_LOOKUP_KEY: key(), OPENNRM_AUDIT_KEY: key() };
    const on = (url: string) => ({ ...keys, DATABASE_URL: url, OPENNRM_DATA_DIR: freshDataDir() });
    try {
      const demo = await runCli(['demo'], on(source.url));
      expect(demo.code, demo.stderr).toBe(0);
      const file = join(freshDataDir(), 'opennrm.backup');
      const backup = await runCli(['backup', file], on(source.url));
      expect(backup.code, backup.stderr).toBe(0);
      expect(backup.stdout).toContain('pg_dump, one snapshot');
      const later = ['user', 'create', '--email', 'later@example.org', '--name', 'Later'];
      const added = await runCli(
        [
          ...later,
          '--organisation',
          'OpenNRM system operator',
          '--role',
          'auditor',
          '--password',
          'Unrelated-horse-battery-77',
        ],
        on(source.url),
      );
      expect(added.code, added.stderr).toBe(0);

      const overData = await runCli(['restore', file], on(source.url));
      expect(overData.code).not.toBe(0);
      expect(overData.stderr).toContain('is not empty');

      const restored = await runCli(['restore', file], on(target.url));
      expect(restored.code, restored.stderr).toBe(0);
      expect(restored.stdout).toContain('The audit log verifies');

      const { manifest } = await readBackupHeader(file);
      const emails = await namesIn({ databaseUrl: target.url }, 'users');
      expect(emails).toHaveLength(manifest.counts.users ?? -1);
      expect(emails).not.toContain('later@example.org');
      expect(await namesIn({ databaseUrl: source.url }, 'users')).toContain('later@example.org');
    } finally {
      await source.drop();
      await target.drop();
    }
  }, 120_000);
});
