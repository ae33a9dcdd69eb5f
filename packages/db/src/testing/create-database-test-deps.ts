import { randomBytes } from 'node:crypto';
import { createAuditKeys, type Deps } from '@opennrm/core';
import { createTestDeps, liveTestPorts } from '@opennrm/core/testing';
import type { Kysely } from 'kysely';
import { createStore } from '../create-store.ts';
import type { Database } from '../schema.ts';

/**
 * The one deps factory (core's `createTestDeps`) on a real database: its store, chaining the
 * audit log under a throwaway audit key as an installation does, time that passes and argon2
 * hashes users sign in with (`liveTestPorts`). The server's test app is built on it.
 */
export function createDatabaseTestDeps(db: Kysely<Database>, overrides: Partial<Deps> = {}): Deps {
  const store = createStore(db, { auditKeys: createAuditKeys(randomBytes(32)) });
  return { ...createTestDeps(store, liveTestPorts()), ...overrides };
}
