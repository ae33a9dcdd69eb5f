import type { Store } from '@opennrm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from './create-store.ts';
import { describeEachBackend } from './testing/describe-each-backend.ts';
import type { TestDatabase } from './testing/test-database.ts';
import { anOrganisation, aUser } from './testing/test-fixtures.ts';

describeEachBackend('Store.transaction', (open) => {
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
});
