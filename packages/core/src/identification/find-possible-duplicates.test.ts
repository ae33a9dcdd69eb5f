import { describe, expect, it } from 'vitest';
import type { Organisation } from '../model.ts';
import { actAs, addOrganisation, createMemoryStore, createTestDeps } from '../testing/index.ts';
import { createPerson } from './create-person.ts';
import { findPossibleDuplicates } from './find-possible-duplicates.ts';
import { requestDuplicateContact } from './request-duplicate-contact.ts';

const maria = { name: 'Maria Santos', birthDate: '1994-03-02' };

/** Counts the calls of the store's methods (the test store is the real in-memory one). */
function countCalls<T extends object>(target: T, names: (keyof T & string)[]): Map<string, number> {
  const calls = new Map<string, number>();
  for (const name of names) {
    const original = target[name] as (...args: unknown[]) => unknown;
    calls.set(name, 0);
    (target as Record<string, unknown>)[name] = (...args: unknown[]) => {
      calls.set(name, (calls.get(name) ?? 0) + 1);
      return original(...args);
    };
  }
  return calls;
}

describe('the duplicate check and its contact request', () => {
  async function setUp() {
    const store = createMemoryStore();
    const deps = createTestDeps(store);
    const ngo = await addOrganisation(deps, 'ngo', 'Safe Home');
    const police = await addOrganisation(deps, 'police', 'ATD');
    const shelter = await addOrganisation(deps, 'shelter', 'Shelter');
    const vac = await addOrganisation(deps, 'victim_assistance_centre', 'VAC');
    const register = async (org: Organisation) =>
      (
        await createPerson(actAs(deps, org, ['case_worker']), {
          gender: 'Feminine',
          identity: { givenNames: 'Maria', familyName: 'Santos', birthDate: maria.birthDate },
          confirmDuplicates: true,
        })
      ).person;
    return { store, deps, ngo, police, shelter, vac, register };
  }

  it('decides on every match in two reads: the facts of all, the codes of those the caller may open', async () => {
    const { store, deps, ngo, police, shelter, register } = await setUp();
    const first = await register(ngo);
    const second = await register(ngo);
    await register(shelter);
    const calls = countCalls(store.persons, ['accessFacts', 'accessFactsOf', 'get', 'codesOf']);
    const { duplicates, holders } = await findPossibleDuplicates(actAs(deps, ngo, ['case_worker']), maria);
    expect(duplicates).toEqual(
      expect.arrayContaining([
        { holder: 'yours', personId: first.id, code: first.code },
        { holder: 'yours', personId: second.id, code: second.code },
        { holder: 'elsewhere', personId: null, code: null },
      ]),
    );
    expect(duplicates).toHaveLength(3);
    expect(holders.map((h) => h.organisationId)).toEqual([shelter.id]);
    expect(Object.fromEntries(calls)).toEqual({ accessFacts: 0, accessFactsOf: 1, get: 0, codesOf: 1 });
    // An organisation holding none learns that someone does, never which record or where.
    const other = await findPossibleDuplicates(actAs(deps, police, ['investigator']), maria);
    expect(other.duplicates).toEqual([{ holder: 'elsewhere', personId: null, code: null }]);
  });

  it("notifies each holder with its own record's code, read in one go", async () => {
    const { store, deps, ngo, police, shelter, register } = await setUp();
    const atNgo = await register(ngo);
    const atShelter = await register(shelter);
    const calls = countCalls(store.persons, ['get']);
    expect(await requestDuplicateContact(actAs(deps, police, ['investigator']), maria)).toEqual({
      sent: true,
    });
    expect(calls.get('get')).toBe(0);
    const notified = store.tables.referrals.notifications
      .filter((n) => n.kind === 'person.contact_requested')
      .map((n) => [n.organisationId, n.personCode])
      .sort();
    expect(notified).toEqual(
      [
        [ngo.id, atNgo.code],
        [shelter.id, atShelter.code],
      ].sort(),
    );
  });
});
