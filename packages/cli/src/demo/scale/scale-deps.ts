import { type Deps, ensureShippedIndicatorLists } from '@opennrm/core';
import { createTestDeps, liveTestPorts } from '@opennrm/core/testing';
import { createStore } from '@opennrm/db';
import type { ScaleTarget } from './generate-scale-country.ts';

/**
 * Ports for a benchmark or test database that has no installation around it, from the one test
 * deps factory: a throwaway sealing key (the demo's sealed organisation addresses become
 * unreadable with it, which no benchmark needs) and cheap argon2 (demo users still sign in with
 * the demo password). Never used by `opennrm demo`, which passes the installation's own ports.
 */
export async function createThrowawayDeps(target: ScaleTarget): Promise<Deps> {
  const deps = createTestDeps(createStore(target.db), liveTestPorts());
  await ensureShippedIndicatorLists(deps);
  return deps;
}
