import type { Store } from '@opennrm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/describe-each-backend.ts';
import { aPerson } from '../testing/identification-fixtures.ts';
import { aConsent, aNotification } from '../testing/referral-fixtures.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { anOrganisation, t0 } from '../testing/test-fixtures.ts';

describeEachBackend('ConsentStore and NotificationStore', (open) => {
  let t: TestDatabase;
  let store: Store;
  const police = anOrganisation({ name: 'Police', type: 'police' });
  const shelter = anOrganisation({ name: 'Shelter', type: 'ngo' });
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

  beforeAll(async () => {
    t = await open();
    store = createStore(t.db);
    for (const org of [police, shelter]) await store.organisations.create(org);
  });
  afterAll(() => t?.close());

  it('reads consents back whole, lists them newest first, withdrawn ones included', async () => {
    const person = aPerson(police.id);
    await store.persons.create(person);
    const old = aConsent(person, { organisationIds: [shelter.id, police.id], means: 'oral_witnessed' });
    const recent = aConsent(person, {
      purposes: ['contact_by_phone'],
      givenOn: '2024-12-31',
      recordedAt: at(5),
    });
    await store.consents.create(old);
    await store.consents.create(recent);
    expect(await store.consents.get(old.id)).toEqual(old);
    expect(await store.consents.get(crypto.randomUUID())).toBeUndefined();
    expect(await store.consents.withdraw(old.id, police.id, at(9))).toBe(1);
    const withdrawn = { ...old, withdrawnAt: at(9), withdrawnBy: police.id };
    expect(await store.consents.listForPerson(person.id)).toEqual([recent, withdrawn]);
    expect(await store.consents.listForPerson(crypto.randomUUID())).toEqual([]);
  });

  it('withdraws a consent once: the first who and when stay', async () => {
    const person = aPerson(police.id);
    await store.persons.create(person);
    const consent = aConsent(person);
    await store.consents.create(consent);
    const by = crypto.randomUUID();
    expect(await store.consents.withdraw(consent.id, by, at(1))).toBe(1);
    expect(await store.consents.withdraw(consent.id, crypto.randomUUID(), at(2))).toBe(0);
    expect(await store.consents.get(consent.id)).toEqual({ ...consent, withdrawnAt: at(1), withdrawnBy: by });
    expect(await store.consents.withdraw(crypto.randomUUID(), by, at(2))).toBe(0);
  });

  it('lists notifications newest first, up to the limit, per organisation', async () => {
    const org = anOrganisation();
    await store.organisations.create(org);
    const notes = [1, 3, 2].map((m) => aNotification(org.id, { createdAt: at(m) }));
    for (const n of notes) await store.notifications.create(n);
    const bare = aNotification(org.id, {
      referralId: null,
      personCode: null,
      kind: 'other',
      createdAt: at(0),
    });
    await store.notifications.create(bare);
    await store.notifications.create(aNotification(shelter.id, { createdAt: at(9) }));
    expect(await store.notifications.listForOrganisation(org.id, 10)).toEqual([
      notes[1],
      notes[2],
      notes[0],
      bare,
    ]);
    expect(await store.notifications.listForOrganisation(org.id, 2)).toEqual([notes[1], notes[2]]);
  });

  it('counts unread and marks read only the organisation’s own notifications', async () => {
    const org = anOrganisation();
    const other = anOrganisation();
    for (const o of [org, other]) await store.organisations.create(o);
    const mine = [aNotification(org.id), aNotification(org.id), aNotification(org.id, { readAt: at(1) })];
    const theirs = aNotification(other.id);
    for (const n of [...mine, theirs]) await store.notifications.create(n);
    expect(await store.notifications.countUnread(org.id)).toBe(2);
    expect(await store.notifications.countUnread(other.id)).toBe(1);
    const ids = [mine[0]!.id, mine[2]!.id, theirs.id, 'not-a-uuid'];
    expect(await store.notifications.markRead(org.id, ids, at(5))).toBe(1);
    expect(await store.notifications.countUnread(org.id)).toBe(1);
    expect(await store.notifications.countUnread(other.id)).toBe(1);
    const [read] = (await store.notifications.listForOrganisation(org.id, 10)).filter(
      (n) => n.id === mine[0]!.id,
    );
    expect(read?.readAt).toEqual(at(5));
    // Already read: the first reading time stays.
    expect(await store.notifications.markRead(org.id, [mine[0]!.id, mine[2]!.id], at(6))).toBe(0);
    expect(await store.notifications.markRead(org.id, [], at(6))).toBe(0);
    expect(await store.notifications.countUnread(crypto.randomUUID())).toBe(0);
  });
});
