import type { Store } from '@opennrm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/describe-each-backend.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { anOrganisation } from '../testing/test-fixtures.ts';

describeEachBackend('OrganisationStore', (open) => {
  let t: TestDatabase;
  let store: Store;

  beforeAll(async () => {
    t = await open();
    store = createStore(t.db);
  });
  afterAll(() => t?.close());

  it('creates and reads back every field exactly', async () => {
    const parent = anOrganisation({ name: 'Ministry', type: 'coordinator', region: null });
    const child = anOrganisation({
      name: 'Shelter North',
      type: 'shelter',
      parentId: parent.id,
      addressSealed: 'v1.key1.sealed',
      createdAt: new Date('2025-02-03T04:05:06.789Z'),
      updatedAt: new Date('2025-02-03T04:05:07.001Z'),
    });
    await store.organisations.create(parent);
    await store.organisations.create(child);
    expect(await store.organisations.get(child.id)).toEqual(child);
    expect(await store.organisations.findByName('Shelter North')).toEqual(child);
    expect(await store.organisations.findByName('shelter north')).toBeUndefined();
    expect(await store.organisations.get(crypto.randomUUID())).toBeUndefined();
  });

  it('refuses a duplicate name', async () => {
    await store.organisations.create(anOrganisation({ name: 'Unique Org' }));
    await expect(store.organisations.create(anOrganisation({ name: 'Unique Org' }))).rejects.toThrow();
  });

  it('lists active organisations by name, inactive ones on request', async () => {
    await store.organisations.create(anOrganisation({ name: 'AAA inactive', active: false }));
    const active = await store.organisations.list({});
    expect(active.map((o) => o.name)).not.toContain('AAA inactive');
    expect(active.map((o) => o.name)).toEqual([...active.map((o) => o.name)].sort());
    const all = await store.organisations.list({ includeInactive: true });
    expect(all.map((o) => o.name)).toContain('AAA inactive');
  });

  it('updates only the given fields and returns the number changed', async () => {
    const org = anOrganisation({ name: 'To update' });
    await store.organisations.create(org);
    const later = new Date('2025-06-01T00:00:00.000Z');
    expect(await store.organisations.update(org.id, { region: 'Ganja', updatedAt: later })).toBe(1);
    expect(await store.organisations.get(org.id)).toEqual({ ...org, region: 'Ganja', updatedAt: later });
    expect(await store.organisations.update(org.id, {})).toBe(1);
    expect(await store.organisations.update(crypto.randomUUID(), { region: 'x' })).toBe(0);
    expect(await store.organisations.update(crypto.randomUUID(), {})).toBe(0);
  });
});
