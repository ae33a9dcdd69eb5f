import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Keyring } from '@opennrm/core';
import { ConfigError } from './load-config.ts';

interface KeyringFile {
  version: 1;
  activeKeyId: string;
  keys: { id: string; key: string; createdAt: string }[];
  /** Secret of the duplicate-check hashes; never rotated with the sealing keys (matches would break). */
  lookupKey?: string;
  /** Secret of the audit chain's HMAC and checkpoint signatures; never rotated (old events would stop verifying). */
  auditKey?: string;
}

/**
 * Where sealing keys live. OPENNRM_DATA_KEY wins (a secret manager injects it): one base64 key,
 * or `id:base64,id:base64` with the active one first. Otherwise a key file outside the database,
 * created on first run with mode 0600. Keys are never stored in the database.
 */
export function loadKeyring(source: { dataKey: string | null; keyFile: string }): Keyring {
  if (source.dataKey) return parseEnvKeys(source.dataKey);
  if (!existsSync(source.keyFile)) createKeyFile(source.keyFile);
  const mode = statSync(source.keyFile).mode & 0o777;
  if (mode & 0o077) {
    throw new ConfigError(
      `The key file ${source.keyFile} is readable by others (mode ${mode.toString(8)}); run chmod 600 on it.`,
    );
  }
  return toKeyring(readKeyFile(source.keyFile));
}

/** Adds a new key and makes it active; old keys stay so existing values still open. */
export function addKeyToFile(keyFile: string): string {
  const file = readKeyFile(keyFile);
  const id = newKeyId();
  file.keys.push({ id, key: randomBytes(32).toString('base64'), createdAt: new Date().toISOString() });
  file.activeKeyId = id;
  writeKeyFile(keyFile, file);
  return id;
}

/**
 * The duplicate-check secret: OPENNRM_LOOKUP_KEY with env keys, else the key file's, added to
 * an older key file on first use. Losing it only means old records stop matching new ones.
 */
export function loadLookupKey(source: {
  dataKey: string | null;
  lookupKey: string | null;
  keyFile: string;
}): Buffer {
  if (source.lookupKey) return decodeKey(source.lookupKey, 'OPENNRM_LOOKUP_KEY');
  if (source.dataKey) {
    throw new ConfigError('Set OPENNRM_LOOKUP_KEY (32 bytes, base64) alongside OPENNRM_DATA_KEY.');
  }
  if (!existsSync(source.keyFile)) createKeyFile(source.keyFile);
  const file = readKeyFile(source.keyFile);
  if (!file.lookupKey) {
    file.lookupKey = randomBytes(32).toString('base64');
    writeKeyFile(source.keyFile, file);
  }
  return decodeKey(file.lookupKey, 'lookupKey');
}

/**
 * The audit key: OPENNRM_AUDIT_KEY with env keys, else the key file's, added to an older key
 * file on first use (the chain then continues keyed from the last unkeyed event). It must not
 * be in the database: whoever holds it can forge audit events. On PostgreSQL it is never
 * generated: servers sharing the database each holding a copy of the key file would each make
 * their own, and the chain would break at the first event of the second one.
 */
export function loadAuditKey(source: {
  dataKey: string | null;
  auditKey: string | null;
  keyFile: string;
  databaseUrl?: string | null;
}): Buffer {
  if (source.auditKey) return decodeKey(source.auditKey, 'OPENNRM_AUDIT_KEY');
  if (source.dataKey) {
    throw new ConfigError('Set OPENNRM_AUDIT_KEY (32 bytes, base64) alongside OPENNRM_DATA_KEY.');
  }
  if (!existsSync(source.keyFile)) createKeyFile(source.keyFile);
  const file = readKeyFile(source.keyFile);
  if (!file.auditKey && source.databaseUrl) {
    throw new ConfigError(
      `The key file ${source.keyFile} has no audit key. On PostgreSQL OpenNRM does not make one: set OPENNRM_AUDIT_KEY=$(openssl rand -base64 32), the same on every server (docs/security/audit-trail.md).`,
    );
  }
  if (!file.auditKey) {
    file.auditKey = randomBytes(32).toString('base64');
    writeKeyFile(source.keyFile, file);
  }
  return decodeKey(file.auditKey, 'auditKey');
}

function writeKeyFile(keyFile: string, file: KeyringFile): void {
  const tmp = `${keyFile}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, keyFile); // atomic: a crash leaves the old file or the new one, never half
}

function createKeyFile(keyFile: string): void {
  mkdirSync(dirname(keyFile), { recursive: true, mode: 0o700 });
  const id = newKeyId();
  const file: KeyringFile = {
    version: 1,
    activeKeyId: id,
    keys: [{ id, key: randomBytes(32).toString('base64'), createdAt: new Date().toISOString() }],
    lookupKey: randomBytes(32).toString('base64'),
    auditKey: randomBytes(32).toString('base64'),
  };
  try {
    writeFileSync(keyFile, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // another process won the race
  }
  chmodSync(keyFile, 0o600);
}

function readKeyFile(keyFile: string): KeyringFile {
  try {
    const file = JSON.parse(readFileSync(keyFile, 'utf8')) as KeyringFile;
    if (
      file.version !== 1 ||
      !Array.isArray(file.keys) ||
      !file.keys.some((k) => k.id === file.activeKeyId)
    ) {
      throw new Error('unexpected structure');
    }
    return file;
  } catch (error) {
    throw new ConfigError(`The key file ${keyFile} cannot be read: ${(error as Error).message}.`);
  }
}

function toKeyring(file: KeyringFile): Keyring {
  return {
    activeKeyId: file.activeKeyId,
    keys: new Map(file.keys.map((k) => [k.id, decodeKey(k.key, k.id)])),
  };
}

function parseEnvKeys(raw: string): Keyring {
  const entries = raw.split(',').map((part, i) => {
    const [id, key] = part.includes(':') ? part.split(':', 2) : [`env${i}`, part];
    return [id?.trim() ?? '', decodeKey(key?.trim() ?? '', 'OPENNRM_DATA_KEY')] as const;
  });
  return { activeKeyId: entries[0]?.[0] ?? '', keys: new Map(entries) };
}

function decodeKey(text: string, label: string): Buffer {
  const key = Buffer.from(text, 'base64');
  if (key.length !== 32) {
    throw new ConfigError(`Key ${label} must be 32 bytes in base64 (e.g. from \`openssl rand -base64 32\`).`);
  }
  return key;
}

function newKeyId(): string {
  return `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(3).toString('hex')}`;
}
