import type { Store, Visibility } from '@opennrm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/describe-each-backend.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { anOrganisation, aUser } from '../testing/test-fixtures.ts';

describeEachBackend('UserStore', (open) => {
  let t: TestDatabase;
  let store: Store;
  const police = anOrganisation({ name: 'Police', type: 'police' });
  const ngo = anOrganisation({ name: 'NGO', type: 'ngo' });
  const alice = aUser(police.id, {
    email: 'Alice@Police.example',
    displayName: 'Alice Əliyeva',
    roles: ['investigator'],
  });
  const bob = aUser(police.id, {
    email: 'bob@police.example',
    displayName: 'Bob 100%_done',
    roles: ['investigator', 'auditor'],
  });
  const carol = aUser(ngo.id, { email: 'carol@ngo.example', displayName: 'Carol', roles: ['case_worker'] });
  const dave = aUser(ngo.id, {
    email: 'dave@ngo.example',
    displayName: 'Dave',
    roles: ['case_worker'],
    active: false,
  });
  const ids = (users: { id: string }[]) => users.map((u) => u.id).sort();

  beforeAll(async () => {
    t = await open();
    store = createStore(t.db);
    await store.organisations.create(police);
    await store.organisations.create(ngo);
    for (const user of [alice, bob, carol, dave]) await store.users.create(user);
  });
  afterAll(() => t?.close());

  const as = (scope: Visibility['scope'], user = alice): Visibility => ({
    scope,
    userId: user.id,
    organisationId: user.organisationId,
  });

  it('reads back every field, roles included', async () => {
    expect(await store.users.get(bob.id)).toEqual({ ...bob, roles: ['auditor', 'investigator'] });
    expect(await store.users.get(crypto.randomUUID())).toBeUndefined();
  });

  it('finds by email without regard to case, and refuses a duplicate in another case', async () => {
    expect((await store.users.findByEmail('alice@police.EXAMPLE'))?.id).toBe(alice.id);
    expect(await store.users.findByEmail('nobody@police.example')).toBeUndefined();
    await expect(store.users.create(aUser(police.id, { email: 'BOB@POLICE.EXAMPLE' }))).rejects.toThrow();
  });

  it('lists by visibility: all, own organisation, linked, self, aggregate', async () => {
    expect(ids(await store.users.list({}, as('all')))).toEqual(ids([alice, bob, carol]));
    expect(ids(await store.users.list({}, as('own_organisation')))).toEqual(ids([alice, bob]));
    expect(ids(await store.users.list({}, as('linked', carol)))).toEqual(ids([carol]));
    expect(ids(await store.users.list({}, as('self')))).toEqual(ids([alice]));
    expect(await store.users.list({}, as('aggregate'))).toEqual([]);
  });

  it('filters by organisation, role, inactive and search (literal wildcards)', async () => {
    expect(ids(await store.users.list({ organisationId: ngo.id, includeInactive: true }, as('all')))).toEqual(
      ids([carol, dave]),
    );
    // A filter never widens visibility.
    expect(await store.users.list({ organisationId: ngo.id }, as('own_organisation'))).toEqual([]);
    expect(ids(await store.users.list({ role: 'auditor' }, as('all')))).toEqual(ids([bob]));
    expect(ids(await store.users.list({ search: 'POLICE.example' }, as('all')))).toEqual(ids([alice, bob]));
    expect(ids(await store.users.list({ search: 'əliyeva' }, as('all')))).toEqual(ids([alice]));
    expect(ids(await store.users.list({ search: '100%_' }, as('all')))).toEqual(ids([bob]));
    // Only Bob's name contains a literal %; "b_b" would match "bob" if _ were a wildcard.
    expect(ids(await store.users.list({ search: '%' }, as('all')))).toEqual(ids([bob]));
    expect(await store.users.list({ search: 'b_b' }, as('all'))).toEqual([]);
  });

  it('update changes given fields, replaces the role set, returns 0 for a missing user', async () => {
    const locked = new Date('2025-05-05T05:05:05.555Z');
    expect(
      await store.users.update(carol.id, {
        failedLogins: 5,
        lockedUntil: locked,
        roles: ['shelter_manager'],
      }),
    ).toBe(1);
    const read = await store.users.get(carol.id);
    expect(read).toMatchObject({
      failedLogins: 5,
      lockedUntil: locked,
      roles: ['shelter_manager'],
      email: carol.email,
    });
    expect(await store.users.update(carol.id, { roles: [] })).toBe(1);
    expect((await store.users.get(carol.id))?.roles).toEqual([]);
    expect(await store.users.update(crypto.randomUUID(), { displayName: 'ghost', roles: ['auditor'] })).toBe(
      0,
    );
  });

  it('counts active users holding a role', async () => {
    expect(await store.users.countByRole('investigator')).toBe(2);
    await store.users.update(bob.id, { active: false });
    expect(await store.users.countByRole('investigator')).toBe(1);
    expect(await store.users.countByRole('national_coordinator')).toBe(0);
  });
});
