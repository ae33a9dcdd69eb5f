import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSealer, type Keyring } from './sealer.ts';

function ring(active: string, ...ids: string[]): Keyring {
  return { activeKeyId: active, keys: new Map(ids.map((id) => [id, randomBytes(32)])) };
}

describe('sealer', () => {
  it('round-trips text, including non-Latin scripts, without leaking it', () => {
    const sealer = createSealer(() => ring('k1', 'k1'));
    const sealed = sealer.seal('Bakı, Nizami küç. 5 — Баку', 'organisation.address.1');
    expect(sealed).not.toContain('Bak');
    expect(sealed.startsWith('s1.k1.')).toBe(true);
    expect(sealer.unseal(sealed, 'organisation.address.1')).toBe('Bakı, Nizami küç. 5 — Баку');
  });

  it('uses a fresh IV so equal values do not look equal', () => {
    const sealer = createSealer(() => ring('k1', 'k1'));
    expect(sealer.seal('same', 'a')).not.toBe(sealer.seal('same', 'a'));
  });

  it('refuses a value moved to another record or tampered with', () => {
    const sealer = createSealer(() => ring('k1', 'k1'));
    const sealed = sealer.seal('secret', 'organisation.address.1');
    expect(() => sealer.unseal(sealed, 'organisation.address.2')).toThrow(/integrity/);
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    parts[3] = body.toString('base64url');
    expect(() => sealer.unseal(parts.join('.'), 'organisation.address.1')).toThrow(/integrity/);
  });

  it('re-seals under the new active key and reloads the keyring for unknown ids', () => {
    const old = ring('k1', 'k1');
    let current = old;
    const sealer = createSealer(() => current);
    const sealed = sealer.seal('secret', 'x');
    const next: Keyring = {
      activeKeyId: 'k2',
      keys: new Map([...old.keys, ['k2', randomBytes(32)]]),
    };
    current = next;
    // A second process rotated the keys: this one learns of k2 when it first meets it.
    const other = createSealer(() => next);
    const resealed = other.reseal(sealed, 'x');
    expect(resealed?.startsWith('s1.k2.')).toBe(true);
    expect(sealer.unseal(resealed!, 'x')).toBe('secret');
    expect(other.reseal(resealed!, 'x')).toBeNull();
  });

  it('names the missing key when a value cannot be opened', () => {
    const sealed = createSealer(() => ring('k9', 'k9')).seal('v', 'x');
    expect(() => createSealer(() => ring('k1', 'k1')).unseal(sealed, 'x')).toThrow(/k9/);
  });
});
