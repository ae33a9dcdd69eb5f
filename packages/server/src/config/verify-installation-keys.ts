import { createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createSealer, type Keyring } from '@opennrm/core';
import {
  type Connection,
  findSealedValue,
  hasDuplicateKeys,
  listInstallationKeys,
  recordInstallationKey,
  retireInstallationKey,
  withInstallationKeysLock,
} from '@opennrm/db';
import { loadKeyring, loadLookupKey } from './keyring-file.ts';
import { ConfigError } from './load-config.ts';

type KeySource = { dataKey: string | null; lookupKey: string | null; keyFile: string };

/** Identifies a key without revealing it: HMAC of a fixed label under the key. */
export function fingerprintKey(key: Buffer): string {
  return createHmac('sha256', key).update('opennrm key fingerprint v1', 'utf8').digest('hex');
}

/**
 * Refuses to start on keys that do not fit the data, before anything is read or written: a
 * sealing key the data needs and the server lacks (its records would answer 500), a key under
 * a known id that is not the same key, or another lookup key (the duplicate check would miss
 * every earlier person without a word). Then records the keys this server seals and looks up
 * with. Reads the small installation_keys table; scans sealed columns only for a key that is
 * missing or not yet fingerprinted. Run by every command that opens the database.
 */
export async function verifyInstallationKeys(db: Connection['db'], source: KeySource): Promise<void> {
  await withInstallationKeysLock(db, async (trx) => {
    const recorded = await listInstallationKeys(trx);
    // Never create a key file over data sealed under keys it would not hold.
    const fileLost = !source.dataKey && !existsSync(source.keyFile) && recorded.some((k) => !k.retiredAt);
    const keyring: Keyring = fileLost ? { activeKeyId: '', keys: new Map() } : loadKeyring(source);
    const lookupKey = fileLost ? null : loadLookupKey(source);

    const missing: string[] = [];
    const different: string[] = [];
    for (const key of recorded.filter((k) => k.purpose === 'sealing' && !k.retiredAt)) {
      const held = keyring.keys.get(key.keyId);
      if (!held) {
        // Gone from the keyring after a rotation re-sealed everything: fine, and said once.
        if (await findSealedValue(trx, key.keyId)) missing.push(key.keyId);
        else await retireInstallationKey(trx, key);
      } else if (key.fingerprint === null) {
        // Recorded from the data at upgrade: prove the key on one value it sealed.
        const sample = await findSealedValue(trx, key.keyId);
        if (sample && !opens(key.keyId, held, sample)) different.push(key.keyId);
      } else if (key.fingerprint !== fingerprintKey(held)) different.push(key.keyId);
    }
    const lookup = recorded.find((k) => k.purpose === 'lookup');
    const lookupDiffers =
      lookup !== undefined &&
      (lookupKey === null || lookup.fingerprint !== fingerprintKey(lookupKey)) &&
      (await hasDuplicateKeys(trx));

    if (missing.length > 0 || different.length > 0 || lookupDiffers) {
      throw new ConfigError(
        describeRefusal(source, keyring, { fileLost, missing, different, lookupDiffers }),
      );
    }
    const ring = fileLost ? loadKeyring(source) : keyring;
    for (const [keyId, key] of ring.keys) {
      const known = recorded.find((k) => k.purpose === 'sealing' && k.keyId === keyId);
      if (keyId === ring.activeKeyId || known?.fingerprint === null) {
        await recordInstallationKey(trx, { purpose: 'sealing', keyId, fingerprint: fingerprintKey(key) });
      }
    }
    const lookupHeld = lookupKey ?? loadLookupKey(source);
    await recordInstallationKey(trx, {
      purpose: 'lookup',
      keyId: 'lookup',
      fingerprint: fingerprintKey(lookupHeld),
    });
  });
}

function opens(keyId: string, key: Buffer, sample: NonNullable<Awaited<ReturnType<typeof findSealedValue>>>) {
  const sealer = createSealer(() => ({ activeKeyId: keyId, keys: new Map([[keyId, key]]) }));
  try {
    sealer.unseal(sample.value, sample.column.aad({ id: sample.id }));
    return true;
  } catch {
    return false;
  }
}

function describeRefusal(
  source: KeySource,
  keyring: Keyring,
  found: { fileLost: boolean; missing: string[]; different: string[]; lookupDiffers: boolean },
): string {
  const from = source.dataKey ? 'OPENNRM_DATA_KEY' : `the key file ${source.keyFile}`;
  const lines = ['OpenNRM will not start: its keys do not fit the data in this database.'];
  if (found.fileLost) {
    lines.push(
      `The key file ${source.keyFile} does not exist, and OpenNRM does not create a new one over data sealed under other keys: restore the key file from your key backup.`,
    );
  }
  if (found.missing.length > 0) {
    const held = [...keyring.keys.keys()].join(', ') || 'none';
    lines.push(
      `Values in the database are sealed with key ${found.missing.join(', ')}, which this server does not have (${from} holds: ${held}). Those records would be unreadable. Give the server the key(s) it sealed them with, from your key backup.`,
    );
  }
  if (found.different.length > 0) {
    lines.push(
      `The key named ${found.different.join(', ')} in ${from} is not the key of that name that sealed the data (the fingerprints differ). Give the server the original key.`,
    );
  }
  if (found.lookupDiffers) {
    const lookupFrom = source.lookupKey ? 'OPENNRM_LOOKUP_KEY' : `the lookup key of ${from}`;
    lines.push(
      `${lookupFrom} is not the lookup key the duplicate check of this database was made with (the fingerprints differ): the check would silently miss every person registered before. Set the original lookup key.`,
    );
  }
  lines.push('See docs/operations/keys.md ("The server refuses to start").');
  return lines.join('\n');
}
