import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  type AuditCheckpoint,
  checkpointMessage,
  createSealer,
  organisationAddressAad,
  verifyCheckpointSignature,
} from '@opennrm/core';
import { connect } from '@opennrm/db';
import { loadKeyring } from '@opennrm/server';
import { sql } from 'kysely';
import { SMTPServer } from 'smtp-server';
import { describe, expect, it } from 'vitest';
import { demoDataDir, freshDataDir, runCli, startServe } from './testing/run-cli.ts';

describe('opennrm audit verify and keys rotate', () => {
  it('reports an intact chain, then the first altered event after tampering (exit code 1)', async () => {
    const dataDir = await demoDataDir();
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
  }, 180_000);

  it('rotates the sealing key: every sealed value re-sealed under the new key and still readable', async () => {
    const dataDir = await demoDataDir();
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
  }, 180_000);
});

/**
 * Checkpoints as an operator uses them: `audit checkpoint --append` on a cron job, the file kept
 * off the database host, `audit verify --checkpoint` by an auditor. The demo country is loaded
 * once and copied for each test (a closed PGlite data directory is plain files).
 */
describe('opennrm audit checkpoint and verify --checkpoint', () => {
  const copyOfDemo = async () => {
    const dir = await demoDataDir();
    return { dir, env: { OPENNRM_DATA_DIR: dir }, file: join(freshDataDir(), 'checkpoints.jsonl') };
  };

  it('prints a signed line, appends it, verifies against it; an edited checkpoint file fails', async () => {
    const { env, file } = await copyOfDemo();
    const made = await runCli(['audit', 'checkpoint', '--append', file], env);
    expect(made.code, made.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(made.stdout);
    const checkpoint = JSON.parse(made.stdout) as AuditCheckpoint & { format: string };
    expect(checkpoint).toMatchObject({ format: 'opennrm-audit-checkpoint/1', seq: expect.any(Number) });
    expect(checkpoint.seq).toBeGreaterThan(10);

    const publicKey = await runCli(['audit', 'public-key'], env);
    expect(publicKey.stdout).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(
      verifyCheckpointSignature(publicKey.stdout, checkpointMessage(checkpoint), checkpoint.signature),
    ).toBe(true);

    const verified = await runCli(['audit', 'verify', '--checkpoint', file], env);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain(`vouches for events 1 to ${checkpoint.seq}`);

    // Someone moves the checkpoint back to hide what came after it.
    writeFileSync(file, made.stdout.replace(`"seq":${checkpoint.seq}`, `"seq":${checkpoint.seq - 5}`));
    const edited = await runCli(['audit', 'verify', '--checkpoint', file], env);
    expect(edited.code).toBe(1);
    expect(edited.stderr).toContain('Checkpoint on line 1');
    expect(edited.stderr).toContain("is not signed with this installation's audit key");
  }, 180_000);

  it('names the newest events deleted after a checkpoint, and refuses to sign the tampered log', async () => {
    const { dir, env, file } = await copyOfDemo();
    expect((await runCli(['audit', 'checkpoint', '--append', file], env)).code).toBe(0);
    const { seq } = JSON.parse(readFileSync(file, 'utf8')) as AuditCheckpoint;
    const handle = await connect({ dataDir: dir });
    await handle.db.transaction().execute(async (tx) => {
      await sql`set local opennrm.audit_maintenance = 'on'`.execute(tx);
      await sql`delete from audit_events where seq > ${seq - 4}`.execute(tx);
    });
    await handle.close();

    const chainOnly = await runCli(['audit', 'verify'], env);
    expect(chainOnly.code).toBe(0); // what the review found: the chain alone cannot tell
    const broken = await runCli(['audit', 'verify', '--checkpoint', file], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`The audit log ends at event ${seq - 4}`);
    expect(broken.stderr).toContain('the newest 4 events were deleted');

    const refused = await runCli(['audit', 'checkpoint', '--append', file], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('No checkpoint was signed');
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(1);
  }, 180_000);

  it('serve writes a checkpoint at start to OPENNRM_AUDIT_CHECKPOINT_FILE, which verify then uses', async () => {
    const { env, file } = await copyOfDemo();
    const served = await startServe({ ...env, OPENNRM_AUDIT_CHECKPOINT_FILE: file });
    try {
      expect(served.output()).toContain(`Audit checkpoints go to ${file} every 60 minutes`);
      for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
      expect(readFileSync(file, 'utf8')).toMatch(/^\{"format":"opennrm-audit-checkpoint\/1".*\}\n$/);
    } finally {
      await served.stop();
    }
    const verified = await runCli(['audit', 'verify'], { ...env, OPENNRM_AUDIT_CHECKPOINT_FILE: file });
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain(`matches the 1 checkpoint in ${file}`);
  }, 180_000);

  it('--mail sends the checkpoint through the configured SMTP server', async () => {
    const { env } = await copyOfDemo();
    const received: { to: string[]; data: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        let data = '';
        stream.on('data', (chunk: Buffer) => {
          data += chunk.toString();
        });
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = smtp.server.address() as AddressInfo;
      const mailed = await runCli(['audit', 'checkpoint', '--mail', 'oversight@example.org'], {
        ...env,
        OPENNRM_SMTP_URL: `smtp://127.0.0.1:${port}`,
      });
      expect(mailed.code, mailed.stderr).toBe(0);
      expect(received).toHaveLength(1);
      expect(received[0]?.to).toContain('oversight@example.org');
      // Quoted-printable: soft line breaks and =XX escapes, undone to find the line as printed.
      const body = received[0]!.data
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
      expect(body).toContain(mailed.stdout.trim());
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  }, 180_000);
});
