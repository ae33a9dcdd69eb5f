import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditEventInput } from '../model.ts';
import { createAuditKeys } from './audit-keys.ts';
import {
  canonicalJson,
  genesisHash,
  hashAuditEvent,
  linkAuditEvent,
  macAuditEvent,
} from './hash-audit-event.ts';

const event: AuditEventInput = {
  at: new Date('2026-01-15T09:00:00.000Z'),
  actorUserId: 'u1',
  actorOrganisationId: 'o1',
  actorRoles: ['case_worker'],
  action: 'user.updated',
  entityType: 'user',
  entityId: 'u2',
  clientIp: '192.0.2.10',
  requestId: 'req-1',
  details: { changes: { displayName: 'A', roles: ['auditor'] }, sessionsEnded: true },
};

/** Rebuilds an object with its keys (at every level) in a random order. */
function shuffleKeys(value: unknown, rnd: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, rnd));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([k, v]) => [k, shuffleKeys(v, rnd)] as const);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return Object.fromEntries(entries);
}

describe('canonicalJson', () => {
  it('sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('does not depend on key order (any object, any order)', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.infiniteStream(fc.double({ min: 0, max: 0.999, noNaN: true })),
        (value, s) => {
          const iter = s[Symbol.iterator]();
          const rnd = () => iter.next().value as number;
          expect(canonicalJson(shuffleKeys(value, rnd))).toBe(canonicalJson(value));
        },
      ),
    );
  });

  it('is valid JSON that parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('keeps array order, writes dates as ISO strings and drops undefined properties', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
    expect(canonicalJson({ at: new Date('2026-01-15T09:00:00Z') })).toBe('{"at":"2026-01-15T09:00:00.000Z"}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('escapes keys so a crafted key cannot imitate structure', () => {
    expect(canonicalJson({ 'a":1,"b': 2 })).not.toBe(canonicalJson({ a: 1, b: 2 }));
  });
});

describe('hashAuditEvent', () => {
  it('is a SHA-256 hex digest, stable for the same input', () => {
    const h = hashAuditEvent(1, genesisHash, event);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(hashAuditEvent(1, genesisHash, structuredClone(event))).toBe(h);
    expect(genesisHash).toBe('0'.repeat(64));
  });

  it('does not depend on the key order of the details (jsonb reorders them)', () => {
    const reordered = {
      ...event,
      details: { sessionsEnded: true, changes: { roles: ['auditor'], displayName: 'A' } },
    };
    expect(hashAuditEvent(3, genesisHash, reordered)).toBe(hashAuditEvent(3, genesisHash, event));
  });

  it('changes with the position, the previous hash and every field of the event', () => {
    const base = hashAuditEvent(2, genesisHash, event);
    expect(hashAuditEvent(3, genesisHash, event)).not.toBe(base);
    expect(hashAuditEvent(2, 'f'.repeat(64), event)).not.toBe(base);
    const variants: Partial<AuditEventInput>[] = [
      { at: new Date(event.at.getTime() + 1) },
      { actorUserId: 'u9' },
      { actorUserId: null },
      { actorOrganisationId: 'o9' },
      { actorRoles: ['auditor'] },
      { actorRoles: [] },
      { action: 'user.created' },
      { entityType: 'organisation' },
      { entityId: null },
      { clientIp: '192.0.2.11' },
      { requestId: 'req-2' },
      { details: {} },
      { details: { changes: { displayName: 'B', roles: ['auditor'] }, sessionsEnded: true } },
    ];
    for (const v of variants) {
      expect(hashAuditEvent(2, genesisHash, { ...event, ...v }), JSON.stringify(v)).not.toBe(base);
    }
  });

  it('does not hash fields outside the event (seq/prevHash/hash of a stored row are parameters)', () => {
    const stored = { ...event, seq: 99, prevHash: 'x', hash: 'y' };
    expect(hashAuditEvent(2, genesisHash, stored)).toBe(hashAuditEvent(2, genesisHash, event));
  });
});

describe('hash versions', () => {
  const keys = createAuditKeys(Buffer.alloc(32, 1));

  it('version 1 is still plain SHA-256 over the canonical event, so existing chains keep verifying', () => {
    const old = createHash('sha256')
      .update(
        canonicalJson({
          seq: 4,
          prevHash: genesisHash,
          ...event,
          at: event.at.toISOString(),
        }),
      )
      .digest('hex');
    expect(hashAuditEvent(4, genesisHash, event)).toBe(old);
    expect(linkAuditEvent(null, 4, genesisHash, event)).toEqual({ hash: old, hashVersion: 1 });
  });

  it('version 2 is an HMAC under the audit key: nobody without the key can compute it', () => {
    const mac = macAuditEvent(keys, 4, genesisHash, event);
    expect(mac).toMatch(/^[0-9a-f]{64}$/);
    expect(mac).not.toBe(hashAuditEvent(4, genesisHash, event));
    expect(macAuditEvent(createAuditKeys(Buffer.alloc(32, 2)), 4, genesisHash, event)).not.toBe(mac);
    expect(linkAuditEvent(keys, 4, genesisHash, event)).toEqual({ hash: mac, hashVersion: 2 });
  });

  it('version 2 binds the version: the MAC of the version 1 body under the same key differs', () => {
    const v1Body = canonicalJson({ seq: 4, prevHash: genesisHash, ...event, at: event.at.toISOString() });
    expect(macAuditEvent(keys, 4, genesisHash, event)).not.toBe(keys.macLink(v1Body));
  });

  it('version 2 changes with the position, the previous hash and the content', () => {
    const base = macAuditEvent(keys, 2, genesisHash, event);
    expect(macAuditEvent(keys, 3, genesisHash, event)).not.toBe(base);
    expect(macAuditEvent(keys, 2, 'f'.repeat(64), event)).not.toBe(base);
    expect(macAuditEvent(keys, 2, genesisHash, { ...event, action: 'user.created' })).not.toBe(base);
    expect(macAuditEvent(keys, 2, genesisHash, { ...event, details: { forged: true } })).not.toBe(base);
  });
});
