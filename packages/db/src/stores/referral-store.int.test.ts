import type { Referral, Store } from '@opennrm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/describe-each-backend.ts';
import { aPerson } from '../testing/identification-fixtures.ts';
import { aConsent, aMessage, aReferral } from '../testing/referral-fixtures.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { anOrganisation, t0 } from '../testing/test-fixtures.ts';

describeEachBackend('ReferralStore', (open) => {
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

  const sent = async (overrides: Partial<Referral> = {}) => {
    const person = aPerson(police.id);
    await store.persons.create(person);
    const referral = aReferral(person, shelter.id, overrides);
    await store.referrals.create(referral);
    return referral;
  };

  it('reads back every field, arrays in order, nulls as null', async () => {
    const person = aPerson(police.id);
    await store.persons.create(person);
    const consent = aConsent(person);
    await store.consents.create(consent);
    const referral = aReferral(person, shelter.id, {
      services: ['shelter', 'identification_decision', 'other'],
      sections: [],
      noteSealed: null,
      shareIdentity: true,
      consentId: consent.id,
      overrideReason: 'imminent danger',
    });
    await store.referrals.create(referral);
    expect(await store.referrals.get(referral.id)).toEqual(referral);
    expect(await store.referrals.get(crypto.randomUUID())).toBeUndefined();
    await expect(
      store.referrals.create(aReferral(person, shelter.id, { status: 'bogus' as 'sent' })),
    ).rejects.toThrow();
  });

  it('keeps the days events happened apart from when they were recorded, in their order', async () => {
    const referral = await sent({ sentOn: '2014-03-12', respondBy: new Date('2014-03-17T23:59:59.999Z') });
    const answer = { status: 'accepted' as const, respondedOn: '2014-03-13', respondedAt: at(3) };
    expect(await store.referrals.transition(referral.id, ['sent'], answer)).toBe(1);
    expect(await store.referrals.get(referral.id)).toEqual({ ...referral, ...answer });
    // The database refuses what cannot have happened, whoever writes the row.
    for (const impossible of [
      { closedOn: '2014-03-12', closedAt: at(4) }, // closed before it was answered
      { closedOn: '2014-06-01', closedAt: null }, // a day without its recording
      { respondedOn: '2014-03-11' }, // answered before it was sent
    ]) {
      await expect(store.referrals.transition(referral.id, ['accepted'], impossible)).rejects.toThrow();
    }
  });

  it('lists for escalation only unanswered deadlines inside the window, oldest first', async () => {
    const sweep = { after: new Date('2030-01-01T00:00:00Z'), before: new Date('2030-02-01T00:00:00Z') };
    const inWindow = await sent({ respondBy: new Date('2030-01-20T00:00:00Z') });
    const older = await sent({ respondBy: new Date('2030-01-02T00:00:00Z') });
    await sent({ respondBy: new Date('2029-12-31T23:59:59Z') }); // history: before the window
    await sent({ respondBy: new Date('2030-02-01T00:00:00Z') }); // not due yet
    await sent({ respondBy: new Date('2030-01-10T00:00:00Z'), escalatedAt: at(1) });
    await sent({ respondBy: new Date('2030-01-10T00:00:00Z'), status: 'accepted' });
    const listed = await store.referrals.listOverdueUnescalated(sweep, 10);
    expect(listed.map((r) => r.id)).toEqual([older.id, inWindow.id]);
  });

  it('lists a person’s referrals newest first', async () => {
    const person = aPerson(police.id);
    await store.persons.create(person);
    const old = aReferral(person, shelter.id, { sentAt: at(1), status: 'declined' });
    const recent = aReferral(person, shelter.id, { sentAt: at(5) });
    await store.referrals.create(old);
    await store.referrals.create(recent);
    expect((await store.referrals.listForPerson(person.id)).map((r) => r.id)).toEqual([recent.id, old.id]);
    expect(await store.referrals.listForPerson(crypto.randomUUID())).toEqual([]);
  });

  it('transition applies the patch only from the given statuses', async () => {
    const referral = await sent();
    const patch = {
      status: 'accepted' as const,
      respondedBy: crypto.randomUUID(),
      respondedOn: referral.sentOn,
      respondedAt: at(2),
      updatedAt: at(2),
    };
    expect(await store.referrals.transition(referral.id, ['declined'], patch)).toBe(0);
    expect(await store.referrals.transition(referral.id, [], patch)).toBe(0);
    expect((await store.referrals.get(referral.id))?.status).toBe('sent');
    expect(await store.referrals.transition(referral.id, ['sent'], patch)).toBe(1);
    expect(await store.referrals.get(referral.id)).toEqual({ ...referral, ...patch });
    expect(await store.referrals.transition(referral.id, ['sent'], { status: 'declined' })).toBe(0);
    // A patch never moves the id; an empty one still reports whether the status matched.
    expect(await store.referrals.transition(referral.id, ['accepted'], { id: crypto.randomUUID() })).toBe(1);
    expect(await store.referrals.get(referral.id)).toBeDefined();
    expect(await store.referrals.transition(referral.id, ['sent'], {})).toBe(0);
    expect(await store.referrals.transition(crypto.randomUUID(), ['sent'], patch)).toBe(0);
  });

  it('concurrent accept and withdraw of a sent referral end with exactly one outcome', async () => {
    for (let i = 0; i < 20; i += 1) {
      const referral = await sent();
      const [accepted, withdrawn] = await Promise.all([
        store.referrals.transition(referral.id, ['sent'], {
          status: 'accepted',
          respondedOn: referral.sentOn,
          respondedAt: at(1),
        }),
        store.referrals.transition(referral.id, ['sent'], {
          status: 'withdrawn',
          closedOn: referral.sentOn,
          closedAt: at(1),
        }),
      ]);
      expect(accepted + withdrawn).toBe(1);
      const final = await store.referrals.get(referral.id);
      expect(final?.status).toBe(accepted === 1 ? 'accepted' : 'withdrawn');
      // The loser's patch left no trace either.
      expect(accepted === 1 ? final?.closedAt : final?.respondedAt).toBeNull();
    }
  });

  it('stopIdentitySharing ends sharing of open referrals relying on the consent, and only those', async () => {
    const person = aPerson(police.id);
    await store.persons.create(person);
    const consent = aConsent(person);
    const other = aConsent(person);
    for (const c of [consent, other]) await store.consents.create(c);
    const shares = { shareIdentity: true, consentId: consent.id };
    const open = aReferral(person, shelter.id, shares);
    const accepted = aReferral(person, shelter.id, { ...shares, status: 'accepted' });
    const closed = aReferral(person, shelter.id, { ...shares, status: 'completed', closedAt: at(1) });
    const otherConsent = aReferral(person, shelter.id, { shareIdentity: true, consentId: other.id });
    for (const r of [open, accepted, closed, otherConsent]) await store.referrals.create(r);
    expect(await store.referrals.stopIdentitySharing(consent.id, at(9))).toBe(2);
    expect(await store.referrals.get(open.id)).toEqual({ ...open, shareIdentity: false, updatedAt: at(9) });
    expect((await store.referrals.get(accepted.id))?.shareIdentity).toBe(false);
    expect(await store.referrals.get(closed.id)).toEqual(closed);
    expect(await store.referrals.get(otherConsent.id)).toEqual(otherConsent);
    expect(await store.referrals.stopIdentitySharing(consent.id, at(10))).toBe(0);
  });

  it('keeps a message thread oldest first; erasing the person takes everything with it', async () => {
    const referral = await sent();
    const second = aMessage(referral, { createdAt: at(2), authorOrganisationId: shelter.id });
    const first = aMessage(referral, { createdAt: at(1) });
    await store.referrals.addMessage(second);
    await store.referrals.addMessage(first);
    expect(await store.referrals.listMessages(referral.id)).toEqual([first, second]);
    expect(await store.referrals.listMessages(crypto.randomUUID())).toEqual([]);
    const consent = aConsent((await store.persons.get(referral.personId))!);
    await store.consents.create(consent);
    await store.referrals.transition(referral.id, ['sent'], { consentId: consent.id });
    await t.db.deleteFrom('persons').where('id', '=', referral.personId).execute();
    expect(await store.referrals.get(referral.id)).toBeUndefined();
    expect(await store.referrals.listMessages(referral.id)).toEqual([]);
    expect(await store.consents.get(consent.id)).toBeUndefined();
  });
});
