import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAuditKeys, verifyCheckpointSignature } from './audit-keys.ts';
import { readAuditCheckpoints } from './read-audit-checkpoints.ts';
import { checkpointMessage, formatAuditCheckpoint, signAuditCheckpoint } from './sign-audit-checkpoint.ts';

const keys = createAuditKeys(Buffer.alloc(32, 9));
const at = new Date('2026-01-15T09:00:00.000Z');
const head = { seq: 42, hash: 'a'.repeat(64) };

describe('signAuditCheckpoint and formatAuditCheckpoint', () => {
  it('writes one line of JSON with the seq, hash, time, key id and a signature of the plain message', () => {
    const checkpoint = signAuditCheckpoint(keys, head, at);
    const line = formatAuditCheckpoint(checkpoint);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      format: 'opennrm-audit-checkpoint/1',
      seq: 42,
      hash: head.hash,
      at: '2026-01-15T09:00:00.000Z',
      keyId: keys.keyId,
      signature: checkpoint.signature,
    });
    expect(checkpointMessage(checkpoint)).toBe(
      `opennrm-audit-checkpoint/1 seq=42 hash=${head.hash} at=2026-01-15T09:00:00.000Z`,
    );
    expect(
      verifyCheckpointSignature(keys.publicKeyPem, checkpointMessage(checkpoint), checkpoint.signature),
    ).toBe(true);
  });
});

describe('readAuditCheckpoints', () => {
  const lines = [
    formatAuditCheckpoint(signAuditCheckpoint(keys, { seq: 0, hash: '0'.repeat(64) }, at)),
    formatAuditCheckpoint(signAuditCheckpoint(keys, head, at)),
  ];

  it('reads every checkpoint, skipping blank lines and # comments', () => {
    const read = readAuditCheckpoints(
      `# kept on the archive host\n${lines[0]}\n\n${lines[1]}\n`,
      keys.publicKeyPem,
    );
    expect(read).toMatchObject({ ok: true, checkpoints: [{ seq: 0 }, { seq: 42, hash: head.hash }] });
  });

  it('names the line of a checkpoint whose seq or hash was edited (the signature no longer fits)', () => {
    const edited = lines[1]!.replace('"seq":42', '"seq":30');
    const read = readAuditCheckpoints(`${lines[0]}\n${edited}\n`, keys.publicKeyPem);
    expect(read).toEqual({
      ok: false,
      line: 2,
      message: expect.stringMatching(
        /^Checkpoint on line 2 \(event 30, .*\) is not signed with this installation's audit key/,
      ),
    });
    const rehashed = lines[1]!.replace(head.hash, 'b'.repeat(64));
    expect(readAuditCheckpoints(rehashed, keys.publicKeyPem)).toMatchObject({ ok: false, line: 1 });
  });

  it('refuses a checkpoint signed with another key, even a well-formed one', () => {
    const forger = createAuditKeys(randomBytes(32));
    const forged = formatAuditCheckpoint(signAuditCheckpoint(forger, { seq: 10, hash: 'c'.repeat(64) }, at));
    expect(readAuditCheckpoints(`${lines[1]}\n${forged}`, keys.publicKeyPem)).toMatchObject({
      ok: false,
      line: 2,
    });
  });

  it('refuses a line that is not a checkpoint', () => {
    for (const bad of ['not json', '[]', '{"format":"opennrm-audit-checkpoint/1","seq":-1}', '{}']) {
      expect(readAuditCheckpoints(bad, keys.publicKeyPem)).toEqual({
        ok: false,
        line: 1,
        message: 'Checkpoint on line 1 is not a checkpoint.',
      });
    }
  });
});
