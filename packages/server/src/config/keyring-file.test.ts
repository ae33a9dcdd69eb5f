import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSealer } from '@opennrm/core';
import { describe, expect, it } from 'vitest';
import { addKeyToFile, loadKeyring } from './keyring-file.ts';
import { ConfigError, loadConfig } from './load-config.ts';

describe('keyring file', () => {
  it('is created on first use with mode 0600 and reused afterwards', () => {
    const keyFile = join(mkdtempSync(join(tmpdir(), 'keys-')), 'sub', 'keyring.json');
    const first = loadKeyring({ dataKey: null, keyFile });
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const again = loadKeyring({ dataKey: null, keyFile });
    expect(again.activeKeyId).toBe(first.activeKeyId);
    expect(again.keys.get(first.activeKeyId)?.equals(first.keys.get(first.activeKeyId)!)).toBe(true);
  });

  it('refuses a key file others can read', () => {
    const keyFile = join(mkdtempSync(join(tmpdir(), 'keys-')), 'keyring.json');
    loadKeyring({ dataKey: null, keyFile });
    chmodSync(keyFile, 0o644);
    expect(() => loadKeyring({ dataKey: null, keyFile })).toThrow(/chmod 600/);
  });

  it('rotation adds an active key and keeps the old ones so old values still open', () => {
    const keyFile = join(mkdtempSync(join(tmpdir(), 'keys-')), 'keyring.json');
    const before = createSealer(() => loadKeyring({ dataKey: null, keyFile }));
    const sealed = before.seal('Shelter street 1', 'aad');
    const newId = addKeyToFile(keyFile);
    const after = createSealer(() => loadKeyring({ dataKey: null, keyFile }));
    expect(after.activeKeyId()).toBe(newId);
    expect(after.unseal(sealed, 'aad')).toBe('Shelter street 1');
    expect(after.reseal(sealed, 'aad')?.split('.')[1]).toBe(newId);
    expect(JSON.parse(readFileSync(keyFile, 'utf8')).keys).toHaveLength(2);
  });

  it('reads keys from OPENNRM_DATA_KEY, the first one active', () => {
    const a = randomBytes(32).toString('base64');
    const b = randomBytes(32).toString('base64');
    const ring = loadKeyring({ dataKey: `new:${a},old:${b}`, keyFile: '/nonexistent' });
    expect(ring.activeKeyId).toBe('new');
    expect([...ring.keys.keys()]).toEqual(['new', 'old']);
    expect(() => loadKeyring({ dataKey: 'c2hvcnQ=', keyFile: '/x' })).toThrow(/32 bytes/);
  });
});

describe('configuration', () => {
  it('has safe defaults and explains bad values', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.host).toBe('127.0.0.1');
    expect(config.databaseUrl).toBeNull();
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be a whole number from 0 to 65535/);
    expect(() => loadConfig({ OPENNRM_ADMIN_EMAIL: 'a@b.c' })).toThrow(/both/);
  });
});
