import type { AttemptLimit, Store } from '@opennrm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/describe-each-backend.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { t0 } from '../testing/test-fixtures.ts';

const minute = 60_000;
const limit: AttemptLimit = { limit: 5, windowMs: 15 * minute, lockMs: 30 * minute, slotMs: minute };
const at = (ms: number) => new Date(t0.getTime() + ms);

describeEachBackend('ThrottleStore: attempt claims', (open) => {
  let t: TestDatabase;
  let store: Store;

  beforeAll(async () => {
    t = await open();
    store = createStore(t.db);
  });
  afterAll(() => t?.close());

  it('grants exactly the limit to 60 concurrent claims on one key; the others wait as busy', async () => {
    const claims = await Promise.all(
      Array.from({ length: 60 }, () => store.throttle.claim('account:a', at(0), limit)),
    );
    expect(claims.filter((c) => c.granted)).toHaveLength(5);
    expect(claims.filter((c) => !c.granted && c.reason === 'busy')).toHaveLength(55);
    // Each granted attempt fails: the fifth failure locks the key for lockMs from then.
    const settled = await Promise.all(
      Array.from({ length: 5 }, () => store.throttle.settle('account:a', at(1000), limit, 'failed')),
    );
    expect(settled.map((s) => s.failures).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(settled.find((s) => s.failures === 5)?.lockedUntil).toEqual(at(1000 + limit.lockMs));
    expect(await store.throttle.claim('account:a', at(2000), limit)).toEqual({
      granted: false,
      reason: 'limited',
      retryAt: at(1000 + limit.lockMs),
    });
    expect((await store.throttle.claim('account:a', at(1000 + limit.lockMs), limit)).granted).toBe(true);
  });

  it('forgets failures after the window while under the limit', async () => {
    for (let i = 0; i < 4; i++) {
      expect((await store.throttle.claim('account:b', at(0), limit)).granted).toBe(true);
      await store.throttle.settle('account:b', at(0), limit, 'failed');
    }
    expect((await store.throttle.claim('account:b', at(limit.windowMs), limit)).granted).toBe(true);
    expect(await store.throttle.settle('account:b', at(limit.windowMs), limit, 'failed')).toEqual({
      failures: 1,
      lockedUntil: null,
    });
  });

  it('a success clears the failures; a released place counts nothing', async () => {
    for (let i = 0; i < 3; i++) {
      await store.throttle.claim('account:c', at(0), limit);
      await store.throttle.settle('account:c', at(0), limit, 'failed');
    }
    await store.throttle.claim('account:c', at(0), limit);
    expect(await store.throttle.settle('account:c', at(0), limit, 'released')).toEqual({
      failures: 3,
      lockedUntil: null,
    });
    await store.throttle.claim('account:c', at(0), limit);
    expect(await store.throttle.settle('account:c', at(0), limit, 'cleared')).toEqual({
      failures: 0,
      lockedUntil: null,
    });
  });

  it('a place held by a process that died lapses after slotMs', async () => {
    for (let i = 0; i < 5; i++) await store.throttle.claim('account:d', at(0), limit);
    expect(await store.throttle.claim('account:d', at(limit.slotMs - 1), limit)).toMatchObject({
      granted: false,
      reason: 'busy',
    });
    expect((await store.throttle.claim('account:d', at(limit.slotMs), limit)).granted).toBe(true);
  });

  it('reset lifts a lock (an administrator unlocking)', async () => {
    for (let i = 0; i < 5; i++) {
      await store.throttle.claim('account:e', at(0), limit);
      await store.throttle.settle('account:e', at(0), limit, 'failed');
    }
    expect((await store.throttle.claim('account:e', at(0), limit)).granted).toBe(false);
    await store.throttle.reset('account:e');
    expect((await store.throttle.claim('account:e', at(0), limit)).granted).toBe(true);
  });
});
