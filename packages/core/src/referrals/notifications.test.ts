import { describe, expect, it } from 'vitest';
import { createPerson } from '../identification/create-person.ts';
import { requestDuplicateContact } from '../identification/request-duplicate-contact.ts';
import type { Organisation } from '../model.ts';
import { actAs, addOrganisation, createMemoryStore, createTestDeps } from '../testing/index.ts';
import { listNotifications, markNotificationsRead } from './notifications.ts';
import { postReferralMessage } from './referral-messages.ts';
import { sendReferral } from './send-referral.ts';

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

  it('name the person and the sender of a message, and are read once the referral is opened', async () => {
    const deps = createTestDeps(createMemoryStore());
    const police = await addOrganisation(deps, 'police', 'ATD');
    const vac = await addOrganisation(deps, 'victim_assistance_centre', 'VAC');
    const investigator = actAs(deps, police, ['investigator']);
    const { person } = await createPerson(investigator, { gender: 'Masculine', confirmDuplicates: true });
    const referral = await sendReferral(investigator, person.id, {
      toOrganisationId: vac.id,
      services: ['shelter'],
      shareIdentity: false,
    });
    const vacWorker = actAs(deps, vac, ['case_worker']);
    await postReferralMessage(vacWorker, referral.id, 'We can take him on Monday.');

    const atPolice = await listNotifications(investigator);
    const message = atPolice.notifications.find((n) => n.kind === 'referral.message');
    expect([message?.personCode, atPolice.organisationNames.get(message?.aboutOrganisationId ?? '')]).toEqual(
      [person.code, 'VAC'],
    );
    expect(atPolice.unread).toBe(1);

    // Another organisation's referral id marks nothing of the police's; opening its own does.
    expect(await markNotificationsRead(vacWorker, { referralId: referral.id })).toBe(1);
    expect((await listNotifications(investigator)).unread).toBe(1);
    expect(await markNotificationsRead(investigator, { referralId: referral.id })).toBe(1);
    expect((await listNotifications(investigator)).unread).toBe(0);
  });
});
