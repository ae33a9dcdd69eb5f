import { randomBytes, randomUUID } from 'node:crypto';
import type { Actor, RequestMeta } from '../auth/actor.ts';
import { createArgon2PasswordHasher } from '../auth/argon2-password-hasher.ts';
import type { Role } from '../auth/roles.ts';
import { type Ctx, type Deps, defaultSecurity } from '../context.ts';
import type { Organisation } from '../model.ts';
import type { OrganisationType } from '../organisations/organisation-types.ts';
import type { Clock, PasswordHasher, Store } from '../ports.ts';
import { createSealer, type Sealer } from '../sealing/sealer.ts';
import { createMemoryStore } from './memory-store.ts';

/** A clock tests move by hand. */
export function createManualClock(
  start = new Date('2026-01-15T09:00:00Z'),
): Clock & { advance(ms: number): void } {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
  };
}

/** Reversible stand-in for argon2 so unit tests stay fast; argon2 itself is tested separately. */
export const plainPasswordHasher: PasswordHasher = {
  hash: async (p) => `plain:${p}`,
  verify: async (h, p) => h === `plain:${p}`,
};

/** argon2id at a tiny cost: real hashes users sign in with, fast enough for tests and benches. */
export function createCheapPasswordHasher(): PasswordHasher {
  return createArgon2PasswordHasher({ memoryCost: 1024, timeCost: 1 });
}

/** A sealing key that lives only in this process: what it sealed is unreadable afterwards. */
export function createThrowawaySealer(keyId = 'test'): Sealer {
  const keyring = { activeKeyId: keyId, keys: new Map([[keyId, randomBytes(32)]]) };
  return createSealer(() => keyring);
}

export const wallClock: Clock = { now: () => new Date() };

/** What runs against a real database needs: time that passes, argon2 hashes that sign in. */
export function liveTestPorts(): Pick<Deps, 'clock' | 'passwords'> {
  return { clock: wallClock, passwords: createCheapPasswordHasher() };
}

/** What `createTestDeps` gives without overrides: the clock can be moved. */
export type TestDeps = Deps & { clock: ReturnType<typeof createManualClock> };

/**
 * THE dependency factory of tests, benches and the scale generator: throwaway keys, default
 * security, and by default a clock moved by hand and the plain hasher (unit tests on the
 * in-memory store). A real database passes its store and `liveTestPorts()`
 * (`@opennrm/db/testing`'s `createDatabaseTestDeps` does); anything else a caller overrides.
 */
export function createTestDeps<O extends Partial<Deps>>(
  store: Store,
  overrides: O,
): Omit<TestDeps, keyof O> & O;
export function createTestDeps(store?: Store): TestDeps;
export function createTestDeps(store: Store = createMemoryStore(), overrides: Partial<Deps> = {}): Deps {
  return {
    store,
    clock: createManualClock(),
    sealer: createThrowawaySealer(),
    passwords: plainPasswordHasher,
    security: defaultSecurity,
    lookupKey: randomBytes(32),
    newId: randomUUID,
    ...overrides,
  };
}

export const testRequest: RequestMeta = {
  requestId: 'req-test',
  clientIp: '192.0.2.10',
  userAgent: 'vitest',
};

export async function addOrganisation(
  deps: Deps,
  type: OrganisationType,
  name: string = type,
): Promise<Organisation> {
  const now = deps.clock.now();
  const org: Organisation = {
    id: deps.newId(),
    name,
    type,
    region: null,
    parentId: null,
    active: true,
    addressSealed: null,
    createdAt: now,
    updatedAt: now,
  };
  await deps.store.organisations.create(org);
  return org;
}

/** A context acting as a fresh user with `roles` in `organisation`. */
export function actAs(
  deps: Deps,
  organisation: Organisation,
  roles: Role[],
  userId: string = deps.newId(),
): Ctx {
  const actor: Actor = {
    userId,
    organisationId: organisation.id,
    organisationType: organisation.type,
    roles,
    credentialId: 'cred',
  };
  return { ...deps, actor, request: testRequest };
}
