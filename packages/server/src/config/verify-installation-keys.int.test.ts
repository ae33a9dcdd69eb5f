import { randomBytes, randomUUID } from 'node:crypto';
import { createSealer, organisationAddressAad } from '@opennrm/core';
import { type Connection, connect, listInstallationKeys, migrate, migrations, resealAll } from '@opennrm/db';
import { freshPostgresDatabase, testBackends } from '@opennrm/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyInstallationKeys } from './verify-installation-keys.ts';

const key = () => randomBytes(32);
const env = (keys: Record<string, Buffer>, lookup: Buffer) => ({
  dataKey: Object.entries(keys)
    .map(([id, k]) => `${id}:${k.toString('base64')}`)
    .join(','),
  lookupKey: lookup.toString('base64'),
  keyFile: '/nonexistent/keyring.json',
});

/** A database as the release before this one left it: migrated up to version 8. */
async function openReleaseBefore(
  backend: string,
): Promise<{ connection: Connection; drop(): Promise<void> }> {
  if (backend === 'pglite') {
    const connection = await connect({ memory: true });
    await migrate(connection.db, migrations.slice(0, 8));
    return { connection, drop: () => connection.close() };
  }
  const database = await freshPostgresDatabase();
  if (!database) throw new Error('no PostgreSQL');
  const connection = await connect({ databaseUrl: database.url, poolSize: 2 });
  await migrate(connection.db, migrations.slice(0, 8));
  return {
    connection,
    drop: async () => {
      await connection.close();
      await database.drop();
    },
  };
}

for (const { name: backend } of testBackends()) {
  describe(`start-up key check of an upgraded installation [${backend}]`, () => {
    let drop: (() => Promise<void>) | undefined;
    afterEach(() => drop?.());

    it('knows the keys of the data from the upgrade on, and refuses a same-named other key', async () => {
      const opened = await openReleaseBefore(backend);
      drop = opened.drop;
      const { db } = opened.connection;
      const [old, lookup] = [key(), key()];
      const id = randomUUID();
      const sealer = createSealer(() => ({ activeKeyId: 'old', keys: new Map([['old', old]]) }));
      await db
        .insertInto('organisations')
        .values({
          id,
          name: 'Shelter before the upgrade',
          type: 'shelter',
          region: null,
          parent_id: null,
          active: true,
          address_sealed: sealer.seal('Street 1', organisationAddressAad(id)),
          created_at: new Date(),
          updated_at: new Date(),
        })
        .execute();

      await migrate(db);
      expect(await listInstallationKeys(db)).toEqual([
        { purpose: 'sealing', keyId: 'old', fingerprint: null, retiredAt: null },
      ]);
      await expect(verifyInstallationKeys(db, env({ old: key() }, lookup))).rejects.toThrow(
        /The key named old in OPENNRM_DATA_KEY is not the key of that name that sealed the data/,
      );
      await expect(verifyInstallationKeys(db, env({ other: key() }, lookup))).rejects.toThrow(
        /sealed with key old, which this server does not have \(OPENNRM_DATA_KEY holds: other\)/,
      );

      await verifyInstallationKeys(db, env({ old }, lookup));
      const recorded = await listInstallationKeys(db);
      expect(recorded.map((k) => [k.purpose, k.keyId, k.fingerprint?.length])).toEqual([
        ['sealing', 'old', 64],
        ['lookup', 'lookup', 64],
      ]);
      // A fingerprint reveals nothing of the key it names.
      expect(recorded.map((k) => k.fingerprint)).not.toContain(old.toString('hex'));
      await expect(verifyInstallationKeys(db, env({ old: key() }, lookup))).rejects.toThrow(/key named old/);

      // Rotated: the new key first; once nothing is sealed under the old one, it may go.
      const next = key();
      const both = createSealer(() => ({
        activeKeyId: 'new',
        keys: new Map([
          ['new', next],
          ['old', old],
        ]),
      }));
      await verifyInstallationKeys(db, env({ new: next, old }, lookup));
      await resealAll(db, (value, aad) => both.reseal(value, aad));
      await verifyInstallationKeys(db, env({ new: next }, lookup));
      const after = await listInstallationKeys(db);
      expect(after.find((k) => k.keyId === 'old')?.retiredAt).toBeInstanceOf(Date);
      await expect(verifyInstallationKeys(db, env({ old }, lookup))).rejects.toThrow(/sealed with key new/);
    });

    it('lets a new lookup key in while no duplicate-check hash exists', async () => {
      const opened = await openReleaseBefore(backend);
      drop = opened.drop;
      const { db } = opened.connection;
      await migrate(db);
      const sealing = key();
      await verifyInstallationKeys(db, env({ a: sealing }, key()));
      // No person registered yet: nothing the check could miss.
      await verifyInstallationKeys(db, env({ a: sealing }, key()));
      expect((await listInstallationKeys(db)).map((k) => k.keyId)).toEqual(['a', 'lookup']);
    });
  });
}
