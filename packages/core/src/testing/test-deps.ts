import { randomBytes, randomUUID } from 'node:crypto';
import type { Actor, RequestMeta } from '../auth/actor.ts';
import type { Role } from '../auth/roles.ts';
import { type Ctx, type Deps, defaultSecurity } from '../context.ts';
import type { Organisation } from '../model.ts';
import type { OrganisationType } from '../organisations/organisation-types.ts';
import type { Clock, PasswordHasher, Store } from '../ports.ts';
import { createSealer } from '../sealing/sealer.ts';
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

export function createTestDeps(
  store: Store = createMemoryStore(),
): Deps & { clock: ReturnType<typeof createManualClock> } {
  const keyring = { activeKeyId: 'test', keys: new Map([['test', randomBytes(32)]]) };
  return {
    store,
    clock: createManualClock(),
    sealer: createSealer(() => keyring),
    passwords: plainPasswordHasher,
    security: defaultSecurity,
    lookupKey: randomBytes(32),
    newId: randomUUID,
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
