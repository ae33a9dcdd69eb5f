import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAuditKey, loadKeyring, loadLookupKey } from './keyring-file.ts';
import { loadConfig } from './load-config.ts';

const keyFileIn = () => join(mkdtempSync(join(tmpdir(), 'keys-')), 'keyring.json');

describe('loadAuditKey', () => {
  it('creates the key file with an audit key on first run, and reads the same key afterwards', () => {
    const keyFile = keyFileIn();
    const first = loadAuditKey({ dataKey: null, auditKey: null, keyFile });
    expect(first).toHaveLength(32);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(loadAuditKey({ dataKey: null, auditKey: null, keyFile }).equals(first)).toBe(true);
    expect(JSON.parse(readFileSync(keyFile, 'utf8')).auditKey).toBe(first.toString('base64'));
  });

  it('adds an audit key to a key file from before it, keeping the sealing and lookup keys', () => {
    const keyFile = keyFileIn();
    const keyring = loadKeyring({ dataKey: null, keyFile });
    const lookup = loadLookupKey({ dataKey: null, lookupKey: null, keyFile });
    const old = JSON.parse(readFileSync(keyFile, 'utf8'));
    delete old.auditKey;
    writeFileSync(keyFile, JSON.stringify(old), { mode: 0o600 });

    const audit = loadAuditKey({ dataKey: null, auditKey: null, keyFile });
    expect(audit).toHaveLength(32);
    expect(loadKeyring({ dataKey: null, keyFile }).keys.get(keyring.activeKeyId)).toEqual(
      keyring.keys.get(keyring.activeKeyId),
    );
    expect(loadLookupKey({ dataKey: null, lookupKey: null, keyFile }).equals(lookup)).toBe(true);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
  });

  it('never adds one to a key file on PostgreSQL (each server would make its own)', () => {
    const keyFile = keyFileIn();
    loadKeyring({ dataKey: null, keyFile });
    const old = JSON.parse(readFileSync(keyFile, 'utf8'));
    delete old.auditKey;
    writeFileSync(keyFile, JSON.stringify(old), { mode: 0o600 });
    const source = { dataKey: null, auditKey: null, keyFile, databaseUrl: 'postgres://db/opennrm' };
    expect(() => loadAuditKey(source)).toThrow(/has no audit key.*OPENNRM_AUDIT_KEY/);
    expect(JSON.parse(readFileSync(keyFile, 'utf8')).auditKey).toBeUndefined();
    const key = randomBytes(32);
    expect(loadAuditKey({ ...source, auditKey: key.toString('base64') }).equals(key)).toBe(true);
  });

  it('takes OPENNRM_AUDIT_KEY from the environment, and requires it with OPENNRM_DATA_KEY', () => {
    const keyFile = keyFileIn();
    const key = randomBytes(32);
    const dataKey = randomBytes(32).toString('base64');
    expect(loadAuditKey({ dataKey, auditKey: key.toString('base64'), keyFile }).equals(key)).toBe(true);
    expect(() => loadAuditKey({ dataKey, auditKey: null, keyFile })).toThrow(/Set OPENNRM_AUDIT_KEY/);
    expect(() => loadAuditKey({ dataKey, auditKey: 'c2hvcnQ=', keyFile })).toThrow(/32 bytes/);
  });
});

describe('checkpoint settings', () => {
  it('reads the file, the address and the interval (hourly by default)', () => {
    const config = loadConfig({
      OPENNRM_AUDIT_KEY: ' k ',
      OPENNRM_AUDIT_CHECKPOINT_FILE: 'relative/checkpoints.jsonl',
      OPENNRM_AUDIT_CHECKPOINT_MAIL: 'oversight@example.org',
      OPENNRM_SMTP_URL: 'smtp://mail.example.org',
    });
    expect(config).toMatchObject({
      auditKey: 'k',
      auditCheckpointFile: join(process.cwd(), 'relative/checkpoints.jsonl'),
      auditCheckpointMail: 'oversight@example.org',
      auditCheckpointMinutes: 60,
    });
    expect(loadConfig({ OPENNRM_AUDIT_CHECKPOINT_MINUTES: '15' }).auditCheckpointMinutes).toBe(15);
    expect(() => loadConfig({ OPENNRM_AUDIT_CHECKPOINT_MINUTES: '0' })).toThrow(
      /OPENNRM_AUDIT_CHECKPOINT_MINUTES/,
    );
    expect(() => loadConfig({ OPENNRM_AUDIT_CHECKPOINT_MAIL: 'a@example.org' })).toThrow(
      /needs OPENNRM_SMTP_URL/,
    );
  });
});
