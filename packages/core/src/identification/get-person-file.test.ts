import { describe, expect, it } from 'vitest';
import { sendReferral } from '../referrals/send-referral.ts';
import { transitionReferral } from '../referrals/transition-referral.ts';
import { actAs, addOrganisation, createMemoryStore, createTestDeps } from '../testing/index.ts';
import { createPerson } from './create-person.ts';
import { getPersonFile } from './get-person-file.ts';
import { sharePerson } from './share-person.ts';

describe('the person file names who holds the record', () => {
  it('from the access facts: the owner, shares, open referrals; a closed referral gives nothing', async () => {
    const store = createMemoryStore();
    const deps = createTestDeps(store);
    const ngo = await addOrganisation(deps, 'ngo', 'Safe Home');
    const police = await addOrganisation(deps, 'police', 'ATD');
    const vac = await addOrganisation(deps, 'victim_assistance_centre', 'VAC');
    const sms = await addOrganisation(deps, 'migration_service', 'SMS');
    const owner = actAs(deps, ngo, ['case_worker']);
    const { person } = await createPerson(owner, {
      gender: 'Feminine',
      citizenships: ['PH'],
      identity: { givenNames: 'Maria', familyName: 'Santos' },
      confirmDuplicates: true,
    });
    await sharePerson(owner, person.id, { organisationId: police.id, reason: 'identification decision' });
    const refer = (to: string) =>
      sendReferral(owner, person.id, { toOrganisationId: to, services: ['medical'], shareIdentity: false });
    const withdrawn = await refer(sms.id);
    await transitionReferral(owner, withdrawn.id, 'withdraw');
    await refer(vac.id);

    // The holders come from the facts the access decision loaded: no second read of them.
    let holderReads = 0;
    const organisationsWithAccess = store.persons.organisationsWithAccess;
    store.persons.organisationsWithAccess = (id) => {
      holderReads += 1;
      return organisationsWithAccess(id);
    };
    const file = await getPersonFile(owner, person.id);
    expect(file.organisations).toEqual([
      { id: ngo.id, name: 'Safe Home', owner: true },
      { id: police.id, name: 'ATD', owner: false },
      { id: vac.id, name: 'VAC', owner: false },
    ]);
    expect(holderReads).toBe(0);
    // Anyone else sees the owner and itself, never where else the person is helped.
    const recipient = await getPersonFile(actAs(deps, vac, ['case_worker']), person.id);
    expect(recipient.organisations.map((o) => o.id)).toEqual([ngo.id, vac.id]);
  });
});
