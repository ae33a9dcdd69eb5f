import { randomBytes, randomUUID } from 'node:crypto';
import {
  createArgon2PasswordHasher,
  createSealer,
  type Deps,
  defaultSecurity,
  ensureShippedIndicatorLists,
} from '@opennrm/core';
import { createStore } from '@opennrm/db';
import type { ScaleTarget } from './generate-scale-country.ts';

/**
 * Ports for a benchmark or test database that has no installation around it: a throwaway
 * sealing key (the demo's sealed organisation addresses become unreadable with it, which no
 * benchmark needs) and cheap argon2 (demo users still sign in with the demo password).
 * Never used by `opennrm demo`, which passes the installation's own ports.
 */
export async function createThrowawayDeps(target: ScaleTarget): Promise<Deps> {
  const keyring = { activeKeyId: 'scale', keys: new Map([['scale', randomBytes(32)]]) };
  const deps: Deps = {
    store: createStore(target.db),
    clock: { now: () => new Date() },
    sealer: createSealer(() => keyring),
    passwords: createArgon2PasswordHasher({ memoryCost: 1024, timeCost: 1 }),
    security: defaultSecurity,
    lookupKey: randomBytes(32),
    newId: randomUUID,
  };
  await ensureShippedIndicatorLists(deps);
  return deps;
}
