import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSealer, organisationAddressAad } from '@opennrm/core';
import { connect } from '@opennrm/db';
import { loadKeyring } from '@opennrm/server';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { freshDataDir, runCli } from './testing/run-cli.ts';

describe('opennrm audit verify and keys rotate', () => {
  it('reports an intact chain, then the first altered event after tampering (exit code 1)', async () => {
    const dataDir = freshDataDir();
    expect((await runCli(['demo'], { OPENNRM_DATA_DIR: dataDir })).code).toBe(0);
    const intact = await runCli(['audit', 'verify'], { OPENNRM_DATA_DIR: dataDir });
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/intact: \d+ events checked/);

    // An attacker with database access rewrites who created event 5.
    const handle = await connect({ dataDir });
    await handle.db.transaction().execute(async (tx) => {
      await sql`set local opennrm.audit_maintenance = 'on'`.execute(tx);
      await sql`update audit_events set details = jsonb_set(details, '{email}', '"someone.else@x.az"') where seq = 15`.execute(
        tx,
      );
    });
    await handle.close();

    const broken = await runCli(['audit', 'verify'], { OPENNRM_DATA_DIR: dataDir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('Event 15 was altered');
    expect(broken.stderr).toContain('14 events before it are intact');
  });

  it('rotates the sealing key: every sealed value re-sealed under the new key and still readable', async () => {
    const dataDir = freshDataDir();
    expect((await runCli(['demo'], { OPENNRM_DATA_DIR: dataDir })).code).toBe(0);
    const keyFile = join(dataDir, 'keyring.json');
    const before = JSON.parse(readFileSync(keyFile, 'utf8')) as { activeKeyId: string };

    const rotated = await runCli(['keys', 'rotate'], { OPENNRM_DATA_DIR: dataDir });
    expect(rotated.code, rotated.stderr).toBe(0);
    const counts = rotated.stdout.match(/(\d+) sealed values checked, (\d+) re-sealed/);
    // Shelter addresses, demo persons' identity fields and decision grounds: all of them.
    expect(Number(counts?.[1])).toBeGreaterThan(10);
    expect(counts?.[2]).toBe(counts?.[1]);
    const after = JSON.parse(readFileSync(keyFile, 'utf8')) as { activeKeyId: string; keys: unknown[] };
    expect(after.activeKeyId).not.toBe(before.activeKeyId);
    expect(after.keys).toHaveLength(2);

    const handle = await connect({ dataDir });
    try {
      const rows = await handle.db
        .selectFrom('organisations')
        .select(['id', 'address_sealed'])
        .where('address_sealed', 'is not', null)
        .execute();
      const sealer = createSealer(() => loadKeyring({ dataKey: null, keyFile }));
      expect(rows).toHaveLength(3);
      for (const row of rows) {
        expect(row.address_sealed?.split('.')[1]).toBe(after.activeKeyId);
        expect(sealer.unseal(row.address_sealed ?? '', organisationAddressAad(row.id))).toMatch(
          /Demo address/,
        );
      }
      const persons = await handle.db.selectFrom('persons').select(['id', 'given_names_sealed']).execute();
      expect(persons).toHaveLength(4);
      for (const p of persons) {
        expect(p.given_names_sealed?.split('.')[1]).toBe(after.activeKeyId);
        const name = JSON.parse(sealer.unseal(p.given_names_sealed ?? '', `person.givenNames.${p.id}`));
        expect(name).toMatch(/^\p{L}+$/u);
      }
    } finally {
      await handle.close();
    }
    const again = await runCli(['keys', 'rotate'], { OPENNRM_DATA_DIR: dataDir });
    expect(again.stdout).toContain(`${counts?.[1]} re-sealed`);
  });
});
