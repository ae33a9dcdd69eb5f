import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FreshPostgresDatabase, freshPostgresDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshDataDir, runCli, startServe } from './testing/run-cli.ts';

const newKey = () => randomBytes(32).toString('base64');

/**
 * What an operator sees when a server meets data sealed under keys it does not hold: a refusal
 * to start that names the key, never a server that answers 500 on old records or silently
 * misses duplicates.
 */
const postgresInstalled = inject('opennrmTestDatabases')?.postgres != null;

describe.skipIf(!postgresInstalled)(
  'opennrm on PostgreSQL: keys come from the environment and must fit the data',
  () => {
    let database: FreshPostgresDatabase | null = null;
    beforeAll(async () => {
      database = await freshPostgresDatabase();
    });
    afterAll(() => database?.drop());

    it('refuses to start without OPENNRM_DATA_KEY and creates no key file', async () => {
      const dataDir = freshDataDir();
      const res = await runCli(['serve'], { DATABASE_URL: database?.url ?? '', OPENNRM_DATA_DIR: dataDir });
      expect(res.code).toBe(2);
      expect(res.stderr).toContain('DATABASE_URL is set but OPENNRM_DATA_KEY is not');
      expect(res.stderr).toContain('OPENNRM_DATA_KEY=$(openssl rand -base64 32)');
      expect(res.stderr).toContain('OPENNRM_LOOKUP_KEY=$(openssl rand -base64 32)');
      expect(res.stdout).not.toContain('Open http');
      expect(existsSync(join(dataDir, 'keyring.json'))).toBe(false);
    });

    it('refuses another data key or lookup key, naming the key; starts after a rotation drops the old one', async () => {
      const [a, b, lookup, audit] = [newKey(), newKey(), newKey(), newKey()];
      const env = (dataKey: string, lookupKey = lookup) => ({
        DATABASE_URL: database?.url ?? '',
        OPENNRM_DATA_DIR: freshDataDir(),
        OPENNRM_DATA_KEY: dataKey,
        OPENNRM_LOOKUP_KEY: lookupKey,
        OPENNRM_AUDIT_KEY: audit,
      });
      const demo = await runCli(['demo'], env(`first:${a}`));
      expect(demo.code, demo.stderr).toBe(0);

      const otherKey = await runCli(['serve'], env(`second:${b}`));
      expect(otherKey.code).toBe(2);
      expect(otherKey.stderr).toContain('sealed with key first, which this server does not have');
      expect(otherKey.stderr).toContain('OPENNRM_DATA_KEY holds: second');
      expect(otherKey.stderr).toContain('docs/operations/keys.md');
      expect(otherKey.stdout).not.toContain('Open http');

      const sameNameOtherKey = await runCli(['serve'], env(`first:${b}`));
      expect(sameNameOtherKey.code).toBe(2);
      expect(sameNameOtherKey.stderr).toContain('The key named first in OPENNRM_DATA_KEY is not the key');

      const otherLookup = await runCli(['serve'], env(`first:${a}`, newKey()));
      expect(otherLookup.code).toBe(2);
      expect(otherLookup.stderr).toContain('OPENNRM_LOOKUP_KEY is not the lookup key');
      expect(otherLookup.stderr).toContain('silently miss every person registered before');

      // Every other CLI command that opens the database refuses the same way.
      const verify = await runCli(['audit', 'verify'], env(`second:${b}`));
      expect([verify.code, verify.stderr.includes('sealed with key first')]).toEqual([2, true]);

      // Rotation: the new key first, the old one still there; then the old one can go.
      const rotated = await runCli(['keys', 'rotate'], env(`second:${b},first:${a}`));
      expect(rotated.code, rotated.stderr).toBe(0);
      const server = await startServe(env(`second:${b}`));
      await server.stop();
      expect(server.output()).toContain('Open http');
    }, 300_000);
  },
);

describe('opennrm on the embedded database with a key file', () => {
  it('refuses to start when the key file is lost or replaced, and creates none over the data', async () => {
    const dataDir = freshDataDir();
    const env = { OPENNRM_DATA_DIR: dataDir };
    expect((await runCli(['demo'], env)).code).toBe(0);
    const keyFile = join(dataDir, 'keyring.json');
    const { activeKeyId } = JSON.parse(readFileSync(keyFile, 'utf8')) as { activeKeyId: string };

    renameSync(keyFile, join(dataDir, 'keyring.backup.json'));
    const lost = await runCli(['serve'], env);
    expect(lost.code).toBe(2);
    expect(lost.stderr).toContain(`The key file ${keyFile} does not exist`);
    expect(lost.stderr).toContain(`sealed with key ${activeKeyId}`);
    expect(existsSync(keyFile)).toBe(false);

    // Another installation's key file put in its place.
    const otherKeyFile = {
      version: 1,
      activeKeyId: 'k-other',
      keys: [{ id: 'k-other', key: newKey(), createdAt: new Date().toISOString() }],
      lookupKey: newKey(),
      auditKey: newKey(),
    };
    writeFileSync(keyFile, JSON.stringify(otherKeyFile), { mode: 0o600 });
    const replaced = await runCli(['serve'], env);
    expect(replaced.code).toBe(2);
    expect(replaced.stderr).toContain(
      `sealed with key ${activeKeyId}, which this server does not have (the key file ${keyFile} holds: k-other)`,
    );

    // The backup restored: everything as before.
    renameSync(join(dataDir, 'keyring.backup.json'), keyFile);
    const restored = await runCli(['audit', 'verify'], env);
    expect(restored.code, restored.stderr).toBe(0);
  }, 300_000);
});
