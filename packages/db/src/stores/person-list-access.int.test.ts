import {
  type Actor,
  importActor,
  mayOnPerson,
  type Person,
  type PersonAction,
  personListAccess,
  personListAccessAllows,
  type Role,
  type Store,
} from '@opennrm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/describe-each-backend.ts';
import { aPerson } from '../testing/identification-fixtures.ts';
import { aReferral, aShare } from '../testing/referral-fixtures.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { anOrganisation, t0 } from '../testing/test-fixtures.ts';

/**
 * The persons list is the record-level policy's translation (issue 21): for every organisation,
 * role and person, a list shows exactly the persons `mayOnPerson` lets the actor read (and, for
 * the name search, also reveal), after every kind of link was made, changed and ended. The links
 * the list reads are kept by triggers; this test is what holds them to core's rules.
 */
describeEachBackend('PersonStore.list follows the record-level policy', (open) => {
  let t: TestDatabase;
  let store: Store;
  const orgs = ['A', 'B', 'C', 'D'].map((name) => anOrganisation({ name, type: 'ngo' }));
  const [a, b, c, d] = orgs as [(typeof orgs)[0], (typeof orgs)[0], (typeof orgs)[0], (typeof orgs)[0]];
  const persons: Person[] = [];
  const later = new Date(t0.getTime() + 60_000);
  const day = later.toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await open();
    store = createStore(t.db);
    for (const org of orgs) await store.organisations.create(org);
    const add = async () => {
      const p = aPerson(a.id, { createdAt: new Date(t0.getTime() + persons.length * 1000) });
      await store.persons.create(p);
      persons.push(p);
      return p;
    };
    await add(); // owned by A only
    const shared = await add();
    await store.persons.grantAccess(shared.id, aShare(b.id, 'case', true), t0);
    await store.persons.grantAccess(shared.id, aShare(c.id, 'case'), t0);
    const revoked = await add();
    await store.persons.grantAccess(revoked.id, aShare(b.id, 'case'), t0);
    await store.persons.revokeAccess(revoked.id, b.id, later);
    const referred = await add();
    const toB = aReferral(referred, b.id, { shareIdentity: true });
    const toC = aReferral(referred, c.id);
    const toD = aReferral(referred, d.id);
    for (const r of [toB, toC, toD]) await store.referrals.create(r);
    await store.referrals.transition(toC.id, ['sent'], {
      status: 'accepted',
      respondedAt: later,
      respondedOn: day,
    });
    await store.referrals.transition(toD.id, ['sent'], {
      status: 'declined',
      closedAt: later,
      closedOn: day,
      respondedAt: later,
      respondedOn: day,
    });
    const closed = await add();
    const done = aReferral(closed, b.id, { status: 'accepted' });
    await store.referrals.create(done);
    await store.referrals.transition(done.id, ['accepted'], {
      status: 'completed',
      closedAt: later,
      closedOn: day,
    });
    // Identity widened on an existing share, then the share replaced by a narrower one.
    const narrowed = await add();
    await store.persons.grantAccess(narrowed.id, aShare(d.id, 'case', true), t0);
    await store.persons.grantAccess(narrowed.id, aShare(d.id, 'case'), later);
  });
  afterAll(() => t?.close());

  const actor = (organisationId: string, roles: Role[]): Actor => ({
    userId: crypto.randomUUID(),
    organisationId,
    organisationType: 'ngo',
    roles,
    credentialId: 'test',
  });
  const roles: Role[][] = [
    ['case_worker'],
    ['shelter_manager'],
    ['hotline_operator'],
    ['investigator'],
    ['auditor'],
  ];

  it('lists exactly the persons the policy lets each actor read, or read and reveal', async () => {
    const facts = await store.persons.accessFactsOf(persons.map((p) => p.id));
    const actors = orgs.flatMap((org) => [
      ...roles.map((r) => actor(org.id, r)),
      importActor(actor(org.id, ['system_administrator']), org, crypto.randomUUID()),
    ]);
    for (const who of actors) {
      for (const actions of [['read'], ['read', 'reveal_identity']] as PersonAction[][]) {
        const access = personListAccess(who, actions);
        const { persons: page } = await store.persons.list({ limit: 100, sort: 'oldest' }, access);
        const expected = persons.filter((p) => {
          const f = facts.get(p.id);
          return f !== undefined && actions.every((action) => mayOnPerson(who, action, f));
        });
        const label = `${who.roles.join(',') || who.kind} of ${who.organisationId} ${actions}`;
        expect(
          page.map((p) => p.code),
          label,
        ).toEqual(expected.map((p) => p.code));
        // The memory store's reading of the same access agrees record by record.
        const allowed = persons.filter((p) => personListAccessAllows(access, facts.get(p.id)!));
        expect(
          allowed.map((p) => p.code),
          label,
        ).toEqual(expected.map((p) => p.code));
      }
    }
  });
});
