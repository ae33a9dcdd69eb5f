import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditKeyIdOf, createAuditKeys, verifyCheckpointSignature } from './audit-keys.ts';

const secret = Buffer.alloc(32, 7);

describe('createAuditKeys', () => {
  it('derives the same chain key and signing key from the same audit key (another process, a restart)', () => {
    const a = createAuditKeys(secret);
    const b = createAuditKeys(Buffer.from(secret));
    expect(b.publicKeyPem).toBe(a.publicKeyPem);
    expect(b.keyId).toBe(a.keyId);
    expect(b.macLink('body')).toBe(a.macLink('body'));
    expect(a.macLink('body')).toMatch(/^[0-9a-f]{64}$/);
    expect(a.keyId).toBe(auditKeyIdOf(a.publicKeyPem));
    expect(a.keyId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives another audit key other MACs, another public key and another key id', () => {
    const a = createAuditKeys(secret);
    const other = createAuditKeys(randomBytes(32));
    expect(other.macLink('body')).not.toBe(a.macLink('body'));
    expect(other.publicKeyPem).not.toBe(a.publicKeyPem);
    expect(other.keyId).not.toBe(a.keyId);
  });

  it('separates the chain MAC from a plain HMAC of the audit key (a derived key, not the secret)', async () => {
    const { createHmac } = await import('node:crypto');
    const plain = createHmac('sha256', secret).update('body').digest('hex');
    expect(createAuditKeys(secret).macLink('body')).not.toBe(plain);
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => createAuditKeys(Buffer.alloc(16))).toThrow(/32 bytes/);
  });
});

describe('checkpoint signatures', () => {
  const keys = createAuditKeys(secret);
  const message = 'opennrm-audit-checkpoint/1 seq=3 hash=ab at=2026-01-15T09:00:00.000Z';

  it('verify with the public key alone; a changed message or another key fails', () => {
    const signature = keys.signCheckpoint(message);
    expect(verifyCheckpointSignature(keys.publicKeyPem, message, signature)).toBe(true);
    expect(verifyCheckpointSignature(keys.publicKeyPem, message.replace('seq=3', 'seq=4'), signature)).toBe(
      false,
    );
    const other = createAuditKeys(randomBytes(32));
    expect(verifyCheckpointSignature(other.publicKeyPem, message, signature)).toBe(false);
    expect(verifyCheckpointSignature(keys.publicKeyPem, message, other.signCheckpoint(message))).toBe(false);
    expect(verifyCheckpointSignature(keys.publicKeyPem, message, 'not base64 !')).toBe(false);
    expect(verifyCheckpointSignature('not a key', message, signature)).toBe(false);
  });

  it('can be checked by an outside verifier with openssl and the public key, without our code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opennrm-sig-'));
    writeFileSync(join(dir, 'public.pem'), keys.publicKeyPem);
    writeFileSync(join(dir, 'message'), message);
    writeFileSync(join(dir, 'signature'), Buffer.from(keys.signCheckpoint(message), 'base64'));
    const out = execFileSync('openssl', [
      'pkeyutl',
      '-verify',
      '-pubin',
      '-inkey',
      join(dir, 'public.pem'),
      '-rawin',
      '-in',
      join(dir, 'message'),
      '-sigfile',
      join(dir, 'signature'),
    ]).toString();
    expect(out).toContain('Signature Verified Successfully');
  });
});
