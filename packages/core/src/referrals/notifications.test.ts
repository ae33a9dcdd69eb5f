import { describe, expect, it } from 'vitest';
import { createPerson } from '../identification/create-person.ts';
import { requestDuplicateContact } from '../identification/request-duplicate-contact.ts';
import type { Organisation } from '../model.ts';
import { actAs, addOrganisation, createMemoryStore, createTestDeps } from '../testing/index.ts';
import { listNotifications } from './notifications.ts';

describe('notifications', () => {
  it('name the organisations that asked for contact, read in one go for the whole list', async () => {
    const store = createMemoryStore();
    const deps = createTestDeps(store);
    const ngo = await addOrganisation(deps, 'ngo', 'Safe Home');
    const askers = await Promise.all(
      (['police', 'victim_assistance_centre', 'migration_service'] as const).map((type, i) =>
        addOrganisation(deps, type, `Asker ${i + 1}`),
      ),
    );
    const maria = { name: 'Maria Santos', birthDate: '1994-03-02' };
    const { person } = await createPerson(actAs(deps, ngo, ['case_worker']), {
      gender: 'Feminine',
      identity: { givenNames: 'Maria', familyName: 'Santos', birthDate: maria.birthDate },
    });
    for (const asker of askers as Organisation[])
      await requestDuplicateContact(actAs(deps, asker, ['case_worker']), maria);

    let singleReads = 0;
    let batchReads = 0;
    const { get, namesOf } = store.organisations;
    store.organisations.get = (id) => {
      singleReads += 1;
      return get(id);
    };
    store.organisations.namesOf = (ids) => {
      batchReads += 1;
      return namesOf(ids);
    };
    const { notifications, organisationNames, unread } = await listNotifications(
      actAs(deps, ngo, ['case_worker']),
    );
    expect(unread).toBe(3);
    expect(
      notifications.map((n) => [n.personCode, organisationNames.get(n.aboutOrganisationId ?? '')]).sort(),
    ).toEqual([
      [person.code, 'Asker 1'],
      [person.code, 'Asker 2'],
      [person.code, 'Asker 3'],
    ]);
    expect([singleReads, batchReads]).toEqual([0, 1]);
  });
});
