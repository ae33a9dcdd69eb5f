import type { Store } from '@opennrm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from './create-store.ts';
import { describeEachBackend } from './testing/describe-each-backend.ts';
import type { TestDatabase } from './testing/test-database.ts';
import { anOrganisation, aUser } from './testing/test-fixtures.ts';

describeEachBackend('Store.transaction', (open, backend) => {
  let t: TestDatabase;
  let store: Store;

  beforeAll(async () => {
    t = await open();
    store = createStore(t.db);
  });
  afterAll(() => t?.close());

  it('commits everything together', async () => {
    const org = anOrganisation();
    const user = aUser(org.id);
    await store.transaction(async (tx) => {
      await tx.organisations.create(org);
      await tx.users.create(user);
      await tx.audit.append({
        at: new Date(),
        actorUserId: null,
        actorOrganisationId: null,
        actorRoles: [],
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        clientIp: null,
        requestId: null,
        details: {},
      });
    });
    expect(await store.users.get(user.id)).toBeDefined();
    expect(await store.audit.scan(0, 10)).toHaveLength(1);
  });

  it('rolls everything back, nested transactions included', async () => {
    const org = anOrganisation();
    await expect(
      store.transaction(async (tx) => {
        await tx.organisations.create(org);
        await tx.transaction(async (inner) => {
          await inner.users.create(aUser(org.id, { roles: ['auditor'] }));
        });
        throw new Error('late failure');
      }),
    ).rejects.toThrow('late failure');
    expect(await store.organisations.get(org.id)).toBeUndefined();
    expect(await store.users.countByRole('auditor')).toBe(0);
  });

  it('returns the work result', async () => {
    expect(await store.transaction(async () => 42)).toBe(42);
  });

  // PGlite has one session, so its transactions never interleave; a deadlock needs the server.
  if (backend === 'postgres') {
    it('runs a transaction again when it loses a deadlock, so both writers commit', async () => {
      const [first, second] = [anOrganisation(), anOrganisation()];
      await store.organisations.create(first);
      await store.organisations.create(second);
      // Each writer locks one organisation, waits until the other holds its own, then asks for
      // the other's: PostgreSQL rolls one back (40P01) after its deadlock timeout.
      let holding = 0;
      let bothHold: () => void = () => {};
      const both = new Promise<void>((resolve) => {
        bothHold = resolve;
      });
      let runs = 0;
      const write = (a: string, b: string, name: string) =>
        store.transaction(async (tx) => {
          runs += 1;
          await tx.organisations.update(a, { name: `${name} (1)` });
          holding += 1;
          if (holding === 2) bothHold();
          await both;
          await tx.organisations.update(b, { name: `${name} (2)` });
          return name;
        });
      const results = await Promise.all([
        write(first.id, second.id, 'Forward'),
        write(second.id, first.id, 'Backward'),
      ]);
      expect(results).toEqual(['Forward', 'Backward']);
      expect(runs).toBe(3);
      // The loser ran again after the winner committed, whole: its two names are the ones kept.
      const names = [
        (await store.organisations.get(first.id))?.name,
        (await store.organisations.get(second.id))?.name,
      ];
      const writers = names.map((name) => name?.split(' ')[0]);
      expect(writers[0]).toBe(writers[1]);
      expect(names.map((name) => name?.split(' ')[1]).sort()).toEqual(['(1)', '(2)']);
    });
  }
});
