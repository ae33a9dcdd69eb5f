import {
  type Person,
  type PersonFilter,
  type PersonListAccess,
  personRelations,
  type Store,
} from '@opennrm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/describe-each-backend.ts';
import { anExploitation, aPerson } from '../testing/identification-fixtures.ts';
import { aShare } from '../testing/referral-fixtures.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { anOrganisation } from '../testing/test-fixtures.ts';
import { codeCandidateCap } from './person-code-candidates.ts';

describeEachBackend('PersonStore.list', (open) => {
  let t: TestDatabase;
  let store: Store;
  const police = anOrganisation({ name: 'Police', type: 'police' });
  const ngo = anOrganisation({ name: 'NGO', type: 'ngo' });
  const other = anOrganisation({ name: 'Other', type: 'ngo' });
  const day = (n: number) => new Date(Date.UTC(2025, 0, n, 9));
  const code = (n: number) => `NRM-2025-${String(n).padStart(6, '0')}`;
  // Decisions due on day 20 unless said otherwise.
  const aListedPerson = (organisationId: string, overrides: Partial<Person>) =>
    aPerson(organisationId, { decisionDueAt: day(20), ...overrides });
  // Created on days 1..6; p6 and p7 share a day, so the code (highest first) breaks the tie.
  const p1 = aListedPerson(police.id, {
    code: code(1),
    createdAt: day(1),
    gender: 'Masculine',
    citizenships: ['GE'],
  });
  const p2 = aListedPerson(police.id, {
    code: code(2),
    createdAt: day(2),
    childAtIdentification: true,
    ageBand: '15-17',
  });
  const p3 = aListedPerson(ngo.id, {
    code: code(3),
    createdAt: day(3),
    status: 'identified',
    statusBodyType: 'NGO',
  });
  const p4 = aListedPerson(ngo.id, {
    code: code(4),
    createdAt: day(4),
    status: 'identified',
    stateDecided: true,
  });
  const p5 = aListedPerson(ngo.id, {
    code: code(5),
    createdAt: day(5),
    childAtIdentification: null,
    decisionDueAt: day(40),
  });
  const p6 = aListedPerson(other.id, {
    code: code(16),
    createdAt: day(6),
    citizenships: ['AZ', 'GE'],
    decisionDueAt: null,
  });
  const p7 = aListedPerson(other.id, { code: code(17), createdAt: day(6), status: 'not_victim' });
  const all = [p7, p6, p5, p4, p3, p2, p1];

  beforeAll(async () => {
    t = await open();
    store = createStore(t.db);
    for (const org of [police, ngo, other]) await store.organisations.create(org);
    for (const p of [p1, p2, p3, p4, p5, p6, p7]) await store.persons.create(p);
    await store.persons.grantAccess(p3.id, aShare(police.id, 'referral'), day(3)); // active share
    await store.persons.grantAccess(p6.id, aShare(police.id, 'referral'), day(6));
    await store.persons.revokeAccess(p6.id, police.id, day(7)); // revoked share
    await store.persons.saveExploitation(anExploitation(p1.id, { forms: ['ForcedLabour'] }));
    await store.persons.saveExploitation(
      anExploitation(p3.id, { forms: ['SexualExploitation', 'ForcedLabour'] }),
    );
    await store.persons.saveExploitation(anExploitation(p4.id, { forms: ['ForcedBegging'] }));
  });
  afterAll(() => t?.close());

  type Scope = 'all' | 'own_organisation' | 'linked' | 'aggregate';
  // What core's personListAccess gives for reading at each scope (held to the policy by
  // person-list-access.int.test.ts); the store only translates it.
  const as = (scope: Scope, organisationId = police.id): PersonListAccess => {
    if (scope === 'all') return { kind: 'all' };
    if (scope === 'aggregate') return { kind: 'none' };
    const conditions = [{ relations: personRelations, identityRelations: [] }];
    return { kind: 'links', organisationId, ownerOnly: scope === 'own_organisation', conditions };
  };
  const page = { limit: 50 };
  const codes = async (filter: Partial<PersonFilter>, v = as('all')) => {
    const { persons, next } = await store.persons.list({ ...page, ...filter }, v);
    const { count, more } = await store.persons.count(filter, v, 100);
    expect([count, more, next]).toEqual([persons.length, false, null]);
    return persons.map((p) => p.code);
  };
  const codesOf = (persons: Person[]) => persons.map((p) => p.code);

  it('sees by scope: all, own organisation, linked (owner or active share), never aggregate', async () => {
    expect(await codes({})).toEqual(codesOf(all));
    expect(await codes({}, as('own_organisation'))).toEqual(codesOf([p2, p1]));
    // p3 is shared with the police; p6's share was revoked.
    expect(await codes({}, as('linked'))).toEqual(codesOf([p3, p2, p1]));
    expect(await codes({}, as('linked', other.id))).toEqual(codesOf([p7, p6]));
    expect(await store.persons.list(page, as('aggregate'))).toEqual({ persons: [], next: null });
    expect(await store.persons.count({}, as('aggregate'), 10)).toEqual({ count: 0, more: false });
  });

  it('returns whole persons, sealed fields included', async () => {
    const { persons } = await store.persons.list({ ...page, code: p2.code }, as('all'));
    expect(persons).toEqual([p2]);
  });

  it('filters by status, gender, child, age band, citizenship and organisation', async () => {
    expect(await codes({ status: 'identified' })).toEqual(codesOf([p4, p3]));
    expect(await codes({ gender: 'Masculine' })).toEqual(codesOf([p1]));
    expect(await codes({ child: true })).toEqual(codesOf([p2]));
    // Unknown (null) is neither child nor adult.
    expect(await codes({ child: false })).toEqual(codesOf([p7, p6, p4, p3, p1]));
    expect(await codes({ ageBand: '15-17' })).toEqual(codesOf([p2]));
    expect(await codes({ citizenship: 'GE' })).toEqual(codesOf([p6, p1]));
    expect(await codes({ organisationId: ngo.id })).toEqual(codesOf([p5, p4, p3]));
    // A filter never widens visibility.
    expect(await codes({ organisationId: other.id }, as('linked'))).toEqual([]);
    expect(await codes({ status: 'identified', organisationId: ngo.id }, as('linked'))).toEqual(
      codesOf([p3]),
    );
  });

  it('filters by exploitation form through the exploitation record', async () => {
    expect(await codes({ form: 'ForcedLabour' })).toEqual(codesOf([p3, p1]));
    expect(await codes({ form: 'ForcedBegging' })).toEqual(codesOf([p4]));
    expect(await codes({ form: 'OrganRemoval' })).toEqual([]);
  });

  it('lists overdue decisions: presumed, undecided by the state, due before the instant', async () => {
    // Due on day 20: p1, p2 (presumed); p3, p4 identified and p7 not a victim; p5 due on day 40.
    expect(await codes({ overdueAt: day(21) })).toEqual(codesOf([p2, p1]));
    expect(await codes({ overdueAt: day(20) })).toEqual([]);
    expect(await codes({ overdueAt: day(41) })).toEqual(codesOf([p5, p2, p1]));
    await store.persons.update(p1.id, { stateDecided: true });
    expect(await codes({ overdueAt: day(21) })).toEqual(codesOf([p2]));
    await store.persons.update(p1.id, { stateDecided: false });
  });

  it('lists persons whose reflection period, granted by the organisation, ends within the days', async () => {
    const period = (personId: string, endsOn: string, grantedBy = ngo.id) =>
      store.protection.addReflectionPeriod({
        id: crypto.randomUUID(),
        personId,
        startedOn: '2025-01-01',
        endsOn,
        grantedByOrganisationId: grantedBy,
        recordedBy: crypto.randomUUID(),
        recordedByOrganisationId: grantedBy,
        recordedAt: day(1),
      });
    await period(p3.id, '2025-02-10');
    await period(p4.id, '2025-02-16'); // a day past the window
    await period(p5.id, '2025-02-09', police.id); // another body's period
    await period(p5.id, '2025-01-31'); // ended before the window
    const window = { grantedBy: ngo.id, from: '2025-02-09', until: '2025-02-15' };
    expect(await codes({ reflectionEnding: window })).toEqual(codesOf([p3]));
    expect(await codes({ reflectionEnding: { ...window, until: '2025-02-16' } })).toEqual(codesOf([p4, p3]));
    expect(await codes({ reflectionEnding: { ...window, grantedBy: police.id } })).toEqual(codesOf([p5]));
  });

  it('lists NGO-only identifications, and finds codes by any fragment in any case (literally)', async () => {
    expect(await codes({ ngoOnly: true })).toEqual(codesOf([p3]));
    expect(await codes({ code: code(3) })).toEqual(codesOf([p3]));
    expect(await codes({ code: 'NRM-2025-00001' })).toEqual(codesOf([p7, p6]));
    expect(await codes({ code: 'nrm-2025-00001' })).toEqual(codesOf([p7, p6]));
    expect(await codes({ code: '000005' })).toEqual(codesOf([p5]));
    expect(await codes({ code: '16' })).toEqual(codesOf([p6]));
    expect(await codes({ code: 'NRM-2025-00000_' })).toEqual([]);
    expect(await codes({ code: '%' })).toEqual([]);
    expect(await codes({ code: '16' }, as('linked'))).toEqual([]);
  });

  it('finds persons by their name keys, within what the access reaches', async () => {
    await store.persons.addDuplicateKeys(p2.id, ['k-anna', 'k-other']);
    await store.persons.addDuplicateKeys(p6.id, ['k-anna']);
    expect(await codes({ nameKeys: ['k-anna'] })).toEqual(codesOf([p6, p2]));
    expect(await codes({ nameKeys: ['k-anna'] }, as('linked'))).toEqual(codesOf([p2]));
    expect(await codes({ nameKeys: ['nobody'] })).toEqual([]);
  });

  it('pages by cursor in every order, each person once, and counts up to a cap', async () => {
    const walk = async (sort: PersonFilter['sort'], v: PersonListAccess, limit: number) => {
      const seen: string[] = [];
      let after: PersonFilter['after'];
      for (let pages = 0; pages < 20; pages += 1) {
        const { persons, next } = await store.persons.list({ limit, sort, ...(after ? { after } : {}) }, v);
        seen.push(...codesOf(persons));
        if (!next) return seen;
        after = next;
      }
      throw new Error('paging did not end');
    };
    const byCode = codesOf(all).sort();
    expect(await walk('newest', as('all'), 3)).toEqual(codesOf(all));
    expect(await walk('oldest', as('all'), 2)).toEqual(codesOf(all).reverse());
    expect(await walk('code_asc', as('all'), 3)).toEqual(byCode);
    expect(await walk('code_desc', as('all'), 4)).toEqual([...byCode].reverse());
    expect(await walk('newest', as('linked'), 1)).toEqual(codesOf([p3, p2, p1]));
    expect(await walk('code_asc', as('own_organisation'), 1)).toEqual(codesOf([p1, p2]));
    // p6 and p7 share an instant: the code keeps them apart at a page break.
    const first = await store.persons.list({ limit: 1 }, as('all'));
    expect(first.next).toEqual({ createdAt: p7.createdAt, code: p7.code });
    expect(await store.persons.count({}, as('all'), 5)).toEqual({ count: 5, more: true });
    expect(await store.persons.count({ status: 'presumed' }, as('linked'), 5)).toEqual({
      count: 2,
      more: false,
    });
  });

  // Last: it adds persons. Broader than the trigram candidates, the first page walks the list;
  // once fewer matches than the cap lie after the cursor, the candidates serve: one sequence.
  it('pages a broad code fragment in order through both paths, every match once', async () => {
    const many = Array.from({ length: codeCandidateCap + 30 }, (_, i) =>
      aListedPerson(police.id, {
        code: `NRM-2024-8${String(i).padStart(5, '0')}`,
        createdAt: day(8 + (i % 9)),
      }),
    );
    for (const p of many) await store.persons.create(p);
    const expected = [...many]
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.code < b.code ? 1 : -1))
      .map((p) => p.code);
    const seen: string[] = [];
    let after: PersonFilter['after'];
    for (let pages = 0; pages < 10; pages += 1) {
      const filter = { limit: 40, code: 'nrm-2024-8', ...(after ? { after } : {}) };
      const { persons, next } = await store.persons.list(filter, as('linked'));
      seen.push(...codesOf(persons));
      if (!next) break;
      after = next;
    }
    expect(seen).toEqual(expected);
    expect(await store.persons.count({ code: 'nrm-2024-8' }, as('linked'), 100)).toEqual({
      count: 100,
      more: true,
    });
    // 800010 to 800019.
    expect(await store.persons.count({ code: '80001' }, as('linked'), 100)).toEqual({
      count: 10,
      more: false,
    });
    expect(await store.persons.count({ code: '80001' }, as('linked', ngo.id), 100)).toEqual({
      count: 0,
      more: false,
    });
  });
});
