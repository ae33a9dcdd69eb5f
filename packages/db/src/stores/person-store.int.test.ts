import type { Store } from '@opennrm/core';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/describe-each-backend.ts';
import { anExploitation, aPerson } from '../testing/identification-fixtures.ts';
import { aConsent, aReferral, aShare } from '../testing/referral-fixtures.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { anOrganisation, t0 } from '../testing/test-fixtures.ts';

/** Notes every statement run through the Kysely instance it is plugged into. */
const countStatements = (seen: string[]): KyselyPlugin => ({
  transformQuery: ({ node }) => {
    seen.push(node.kind);
    return node;
  },
  transformResult: async ({ result }) => result,
});

describeEachBackend('PersonStore', (open) => {
  let t: TestDatabase;
  let store: Store;
  const police = anOrganisation({ name: 'Police', type: 'police' });
  const ngo = anOrganisation({ name: 'NGO', type: 'ngo' });
  const shelter = anOrganisation({ name: 'Shelter', type: 'ngo' });
  const later = new Date(t0.getTime() + 60_000);

  beforeAll(async () => {
    t = await open();
    store = createStore(t.db);
    for (const org of [police, ngo, shelter]) await store.organisations.create(org);
  });
  afterAll(() => t?.close());

  it('nextCode counts per year from 1 and never hands out a code twice, even concurrently', async () => {
    expect(await store.persons.nextCode(2030)).toBe('NRM-2030-000001');
    expect(await store.persons.nextCode(2030)).toBe('NRM-2030-000002');
    expect(await store.persons.nextCode(2031)).toBe('NRM-2031-000001');
    const codes = await Promise.all(Array.from({ length: 20 }, () => store.persons.nextCode(2032)));
    const expected = Array.from({ length: 20 }, (_, i) => `NRM-2032-${String(i + 1).padStart(6, '0')}`);
    expect([...codes].sort()).toEqual(expected);
  });

  it('nextCode in a rolled-back transaction rolls back too: the number returns, never twice', async () => {
    await expect(
      store.transaction(async (trx) => {
        await trx.persons.nextCode(2033);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await store.persons.nextCode(2033)).toBe('NRM-2033-000001');
    expect(await store.persons.nextCode(2033)).toBe('NRM-2033-000002');
  });

  it('reads back every field; unset sealed fields are absent; codes are unique', async () => {
    const person = aPerson(police.id, {
      ageBand: null,
      birthYear: null,
      childAtIdentification: null,
      citizenships: [],
      statusBodyType: 'NGO',
      statusDecidedAt: later,
      sealed: { givenNames: 'g', birthDate: 'b', sensitive: 's' },
    });
    await store.persons.create(person);
    expect(await store.persons.get(person.id)).toEqual(person);
    expect(await store.persons.get(crypto.randomUUID())).toBeUndefined();
    await expect(store.persons.create(aPerson(ngo.id, { code: person.code }))).rejects.toThrow();
    await expect(store.persons.create(aPerson(ngo.id, { status: 'bogus' as 'presumed' }))).rejects.toThrow();
  });

  it('update writes the given fields only, and only the sealed fields named', async () => {
    const person = aPerson(police.id, { sealed: { givenNames: 'g1', familyName: 'f1', notes: 'n1' } });
    await store.persons.create(person);
    const patch = {
      status: 'identified' as const,
      stateDecided: true,
      citizenships: ['AZ', 'GE'],
      decisionDueAt: null,
      sealed: { familyName: 'f2', notes: null, documents: 'd1' },
      updatedAt: later,
    };
    expect(await store.persons.update(person.id, patch)).toBe(1);
    expect(await store.persons.get(person.id)).toEqual({
      ...person,
      ...patch,
      sealed: { givenNames: 'g1', familyName: 'f2', documents: 'd1' },
    });
    expect(await store.persons.update(person.id, {})).toBe(1);
    expect(await store.persons.update(person.id, { sealed: {} })).toBe(1);
    expect((await store.persons.get(person.id))?.sealed.givenNames).toBe('g1');
    expect(await store.persons.update(crypto.randomUUID(), { gender: 'Masculine' })).toBe(0);
    expect(await store.persons.update(crypto.randomUUID(), {})).toBe(0);
  });

  it('grants, lists and revokes access: the owner first, then active shares', async () => {
    const person = aPerson(police.id);
    await store.persons.create(person);
    expect(await store.persons.organisationsWithAccess(person.id)).toEqual([police.id]);
    await store.persons.grantAccess(person.id, aShare(ngo.id, 'referral'), t0);
    await store.persons.grantAccess(person.id, aShare(shelter.id, 'referral'), later);
    // A second grant to the same organisation replaces its share (the owner widens or narrows it).
    await store.persons.grantAccess(
      person.id,
      aShare(ngo.id, 'case', true),
      new Date(later.getTime() + 60_000),
    );
    expect(await store.persons.organisationsWithAccess(person.id)).toEqual([police.id, shelter.id, ngo.id]);
    expect((await store.persons.accessFacts(person.id))?.shares).toEqual([
      { organisationId: shelter.id, identity: false, consentId: null },
      { organisationId: ngo.id, identity: true, consentId: null },
    ]);
    expect(await store.persons.revokeAccess(person.id, ngo.id, later)).toBe(1);
    expect(await store.persons.revokeAccess(person.id, ngo.id, later)).toBe(0);
    expect(await store.persons.organisationsWithAccess(person.id)).toEqual([police.id, shelter.id]);
    // Granted again after a revoke: a new share, the old one kept as history.
    await store.persons.grantAccess(person.id, aShare(ngo.id, 'case'), later);
    expect(await store.persons.organisationsWithAccess(person.id)).toContain(ngo.id);
    const history = await t.db
      .selectFrom('person_access')
      .selectAll()
      .where('person_id', '=', person.id)
      .execute();
    expect(history).toHaveLength(4);
    expect(await store.persons.organisationsWithAccess(crypto.randomUUID())).toEqual([]);
  });

  it('reads the access facts of several persons in one statement, each as accessFacts reads it', async () => {
    const shared = aPerson(police.id);
    const referred = aPerson(ngo.id, { childAtIdentification: true });
    const bare = aPerson(shelter.id);
    for (const p of [shared, referred, bare]) await store.persons.create(p);
    await store.persons.grantAccess(shared.id, aShare(ngo.id, 'case', true), t0);
    await store.consents.create(aConsent(referred));
    await store.referrals.create(aReferral(referred, police.id, { shareIdentity: true }));
    const unknown = crypto.randomUUID();
    const ids = [shared.id, referred.id, bare.id, unknown, shared.id];
    const statements: string[] = [];
    const counted = createStore(t.db.withPlugin(countStatements(statements)));
    const facts = await counted.persons.accessFactsOf(ids);
    expect(statements).toHaveLength(1);
    expect([...facts.keys()].sort()).toEqual([shared.id, referred.id, bare.id].sort());
    for (const p of [shared, referred, bare])
      expect(facts.get(p.id)).toEqual(await store.persons.accessFacts(p.id));
    expect(facts.get(shared.id)?.shares).toEqual([
      { organisationId: ngo.id, identity: true, consentId: null },
    ]);
    expect(facts.get(referred.id)).toMatchObject({ child: true, ownerOrganisationId: ngo.id });
    expect(facts.get(referred.id)?.referrals.map((r) => r.toOrganisationId)).toEqual([police.id]);
    expect(facts.get(referred.id)?.consents).toHaveLength(1);
    expect(await store.persons.accessFactsOf([])).toEqual(new Map());
  });

  it('finds persons by duplicate keys across organisations, each person once', async () => {
    const a = aPerson(police.id);
    const b = aPerson(ngo.id, { createdAt: later });
    const c = aPerson(shelter.id);
    for (const p of [a, b, c]) await store.persons.create(p);
    await store.persons.addDuplicateKeys(a.id, ['k-name-dob', 'k-name']);
    await store.persons.addDuplicateKeys(b.id, ['k-name-dob', 'k-name', 'k-name']);
    await store.persons.addDuplicateKeys(a.id, ['k-name']);
    await store.persons.addDuplicateKeys(c.id, []);
    expect(await store.persons.findByDuplicateKeys(['k-name', 'k-name-dob', 'k-other'])).toEqual([
      { personId: a.id, organisationId: police.id },
      { personId: b.id, organisationId: ngo.id },
    ]);
    expect(await store.persons.findByDuplicateKeys(['k-other'])).toEqual([]);
    expect(await store.persons.findByDuplicateKeys([])).toEqual([]);
  });

  it('saves exploitation as an upsert: dates as YYYY-MM-DD, arrays in order', async () => {
    const person = aPerson(ngo.id);
    await store.persons.create(person);
    expect(await store.persons.getExploitation(person.id)).toBeUndefined();
    const first = anExploitation(person.id);
    await store.persons.saveExploitation(first);
    expect(await store.persons.getExploitation(person.id)).toEqual(first);
    const second = anExploitation(person.id, {
      forms: ['SexualExploitation'],
      industry: null,
      meansOfControl: [],
      recruiterRelationship: null,
      transitCountries: [],
      periodFrom: '1999-12-31',
      periodTo: null,
      childAtExploitation: null,
      updatedAt: later,
    });
    await store.persons.saveExploitation(second);
    expect(await store.persons.getExploitation(person.id)).toEqual(second);
  });

  it('deleting a person removes what hangs off it', async () => {
    const person = aPerson(ngo.id);
    await store.persons.create(person);
    await store.persons.grantAccess(person.id, aShare(police.id, 'referral'), t0);
    await store.persons.addDuplicateKeys(person.id, ['k-gone']);
    await store.persons.saveExploitation(anExploitation(person.id));
    await t.db.deleteFrom('persons').where('id', '=', person.id).execute();
    expect(await store.persons.findByDuplicateKeys(['k-gone'])).toEqual([]);
    expect(await store.persons.getExploitation(person.id)).toBeUndefined();
  });
});
