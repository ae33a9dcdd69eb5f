import {
  linksOf,
  type Person,
  type PersonListAccess,
  personRelations,
  type ReferralStatus,
  type Store,
} from '@opennrm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/describe-each-backend.ts';
import { aPerson } from '../testing/identification-fixtures.ts';
import { aConsent, aReferral, aShare } from '../testing/referral-fixtures.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { anOrganisation, t0 } from '../testing/test-fixtures.ts';

describeEachBackend('PersonStore access through referrals', (open) => {
  let t: TestDatabase;
  let store: Store;
  const police = anOrganisation({ name: 'Police', type: 'police' });
  const shelter = anOrganisation({ name: 'Shelter', type: 'ngo' });
  const clinic = anOrganisation({ name: 'Clinic', type: 'ngo' });
  const later = new Date(t0.getTime() + 60_000);
  const linked = (org: { id: string }): PersonListAccess => ({
    kind: 'links',
    organisationId: org.id,
    ownerOnly: false,
    conditions: [{ relations: personRelations, identityRelations: [] }],
  });
  const listed = async (person: Person, access: PersonListAccess) => {
    const { persons } = await store.persons.list({ code: person.code, limit: 10 }, access);
    return persons.map((p) => p.id).includes(person.id);
  };
  const newPerson = async () => {
    const person = aPerson(police.id);
    await store.persons.create(person);
    return person;
  };

  /** Organisations whose link carries identity, as the policy reads the store's facts. */
  const identityHolders = async (personId: string) => {
    const facts = await store.persons.accessFacts(personId);
    if (!facts) return [];
    return [police, shelter, clinic]
      .filter((o) => linksOf(o.id, facts).some((l) => l.identity))
      .map((o) => o.id);
  };

  beforeAll(async () => {
    t = await open();
    store = createStore(t.db);
    for (const org of [police, shelter, clinic]) await store.organisations.create(org);
  });
  afterAll(() => t?.close());

  describe.each<ReferralStatus>(['declined', 'withdrawn', 'completed'])('closed as %s', (closing) => {
    it('access appears when the referral is sent and ends when it closes', async () => {
      const person = await newPerson();
      const referral = aReferral(person, shelter.id, { shareIdentity: true });
      expect(await listed(person, linked(shelter))).toBe(false);
      await store.referrals.create(referral);
      expect(await store.persons.organisationsWithAccess(person.id)).toEqual([police.id, shelter.id]);
      expect(await identityHolders(person.id)).toEqual([police.id, shelter.id]);
      expect(await listed(person, linked(shelter))).toBe(true);
      // Only the linked scope follows referrals; another organisation sees nothing.
      expect(await listed(person, { ...linked(shelter), ownerOnly: true } as PersonListAccess)).toBe(false);
      expect(await listed(person, linked(clinic))).toBe(false);

      const from = closing === 'completed' ? 'accepted' : 'sent';
      if (from === 'accepted')
        await store.referrals.transition(referral.id, ['sent'], { status: 'accepted' });
      expect(await listed(person, linked(shelter))).toBe(true);
      expect(
        await store.referrals.transition(referral.id, [from], {
          status: closing,
          closedAt: later,
          closedOn: later.toISOString().slice(0, 10),
        }),
      ).toBe(1);
      expect(await store.persons.organisationsWithAccess(person.id)).toEqual([police.id]);
      expect(await identityHolders(person.id)).toEqual([police.id]);
      expect(await listed(person, linked(shelter))).toBe(false);
      expect(await listed(person, linked(police))).toBe(true);
    });
  });

  it('identity access needs a referral that shares identity, and ends when sharing stops', async () => {
    const person = await newPerson();
    const consent = aConsent(person);
    await store.consents.create(consent);
    await store.referrals.create(aReferral(person, shelter.id, { shareIdentity: false }));
    await store.referrals.create(
      aReferral(person, clinic.id, { shareIdentity: true, consentId: consent.id, sentAt: later }),
    );
    expect(await store.persons.organisationsWithAccess(person.id)).toEqual([
      police.id,
      shelter.id,
      clinic.id,
    ]);
    expect(await identityHolders(person.id)).toEqual([police.id, clinic.id]);
    expect(await store.referrals.stopIdentitySharing(consent.id, later)).toBe(1);
    expect(await identityHolders(person.id)).toEqual([police.id]);
    expect(await store.persons.organisationsWithAccess(person.id)).toEqual([
      police.id,
      shelter.id,
      clinic.id,
    ]);
  });

  it('counts an organisation once, however many shares and referrals it holds', async () => {
    const person = await newPerson();
    await store.persons.grantAccess(person.id, aShare(shelter.id, 'case'), t0);
    await store.referrals.create(aReferral(person, shelter.id, { shareIdentity: true }));
    await store.referrals.create(aReferral(person, shelter.id, { status: 'accepted' }));
    await store.referrals.create(aReferral(person, clinic.id, { status: 'declined', closedAt: later }));
    expect(await store.persons.organisationsWithAccess(person.id)).toEqual([police.id, shelter.id]);
    // The share is record-only; the open referral that shares identity is what reveals it.
    expect(await identityHolders(person.id)).toEqual([police.id, shelter.id]);
    const { persons, next } = await store.persons.list({ code: person.code, limit: 10 }, linked(shelter));
    expect([persons.map((p) => p.id), next]).toEqual([[person.id], null]);
    expect(await listed(person, linked(clinic))).toBe(false);
    expect(await identityHolders(crypto.randomUUID())).toEqual([]);
  });
});
