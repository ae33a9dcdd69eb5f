import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DomainError } from '../support/errors.ts';

/** Named 256-bit keys; `activeKeyId` seals new values, every key can open old ones. */
export interface Keyring {
  activeKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

export interface Sealer {
  /** Encrypts `plain` bound to `aad` (which record and field it belongs to). */
  seal(plain: string, aad: string): string;
  unseal(sealed: string, aad: string): string;
  /** Re-encrypts under the active key, or returns null when already sealed with it. */
  reseal(sealed: string, aad: string): string | null;
  activeKeyId(): string;
}

const version = 's1';

/**
 * AES-256-GCM per value: `s1.<keyId>.<iv>.<ciphertext+tag>` (base64url). The key id travels
 * with the value so rotation can re-seal gradually while both keys still open it. `aad` binds
 * the value to its record: a sealed value copied onto another record does not open.
 * `loadKeyring` is called again when a value names a key we do not know yet, so a running
 * server picks up a rotation done by `opennrm keys rotate` in another process.
 */
export function createSealer(loadKeyring: () => Keyring): Sealer {
  let keyring = loadKeyring();

  function keyFor(id: string): Buffer {
    let key = keyring.keys.get(id);
    if (!key) {
      keyring = loadKeyring();
      key = keyring.keys.get(id);
    }
    if (!key) throw new DomainError('internal', `Sealing key "${id}" is not in the keyring.`);
    return key;
  }

  function seal(plain: string, aad: string): string {
    const keyId = keyring.activeKeyId;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', keyFor(keyId), iv);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return [version, keyId, iv.toString('base64url'), body.toString('base64url')].join('.');
  }

  function unseal(sealed: string, aad: string): string {
    const [v, keyId, ivText, bodyText] = sealed.split('.');
    if (v !== version || !keyId || !ivText || !bodyText) {
      throw new DomainError('internal', 'A sealed value is malformed.');
    }
    const body = Buffer.from(bodyText, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', keyFor(keyId), Buffer.from(ivText, 'base64url'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(body.subarray(body.length - 16));
    try {
      return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      throw new DomainError('internal', 'A sealed value failed its integrity check.');
    }
  }

  return {
    seal,
    unseal,
    reseal(sealed, aad) {
      if (sealed.split('.')[1] === keyring.activeKeyId) return null;
      return seal(unseal(sealed, aad), aad);
    },
    activeKeyId: () => keyring.activeKeyId,
  };
}
