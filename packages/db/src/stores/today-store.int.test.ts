import type { Store } from '@opennrm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/describe-each-backend.ts';
import { aPerson } from '../testing/identification-fixtures.ts';
import { aNotification, aReferral } from '../testing/referral-fixtures.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { anOrganisation, t0 } from '../testing/test-fixtures.ts';

describeEachBackend('TodayStore', (open) => {
  let t: TestDatabase;
  let store: Store;
  const police = anOrganisation({ name: 'Police', type: 'police' });
  const vac = anOrganisation({ name: 'VAC', type: 'victim_assistance_centre' });
  const days = (n: number) => new Date(t0.getTime() + n * 86_400_000);

  beforeAll(async () => {
    t = await open();
    store = createStore(t.db);
    for (const org of [police, vac]) await store.organisations.create(org);
  });
  afterAll(() => t?.close());

  it('counts what waits for one organisation, and nothing of another', async () => {
    const person = aPerson(police.id);
    await store.persons.create(person);
    // To the VAC: two to answer (one past its deadline), one accepted already.
    await store.referrals.create(aReferral(person, vac.id, { respondBy: days(-1) }));
    await store.referrals.create(aReferral(person, vac.id, { respondBy: days(2) }));
    await store.referrals.create(aReferral(person, vac.id, { status: 'accepted' }));
    const alert = (toOrganisationId: string, status: 'open' | 'acknowledged') =>
      store.alerts.create({
        id: crypto.randomUUID(),
        fromOrganisationId: police.id,
        toOrganisationId,
        subject: 'workplace',
        title: 'Brick factory',
        detailsSealed: 'v1:x',
        status,
        personIds: [],
        createdBy: crypto.randomUUID(),
        createdAt: t0,
        updatedAt: t0,
      });
    await alert(vac.id, 'open');
    await alert(vac.id, 'acknowledged');
    await store.notifications.create(aNotification(vac.id, { kind: 'referral.message' }));
    await store.notifications.create(aNotification(vac.id, { kind: 'alert.message', readAt: t0 }));
    await store.notifications.create(aNotification(vac.id, { kind: 'referral.received' }));
    const period = (startedOn: string, endsOn: string) =>
      store.protection.addReflectionPeriod({
        id: crypto.randomUUID(),
        personId: person.id,
        startedOn,
        endsOn,
        grantedByOrganisationId: vac.id,
        recordedBy: crypto.randomUUID(),
        recordedByOrganisationId: vac.id,
        recordedAt: t0,
      });
    await period('2024-12-20', '2025-01-18');
    await period('2024-11-01', '2024-11-30');

    const query = { now: t0, reflectionEndsFrom: '2025-01-15', reflectionEndsUntil: '2025-01-22' };
    expect(await store.today.countsFor({ ...query, organisationId: vac.id })).toEqual({
      referralsToAnswer: 2,
      referralsToAnswerOverdue: 1,
      alertsToAcknowledge: 1,
      unreadMessages: 1,
      reflectionPeriodsEnding: 1,
    });
    expect(await store.today.countsFor({ ...query, organisationId: police.id })).toEqual({
      referralsToAnswer: 0,
      referralsToAnswerOverdue: 0,
      alertsToAcknowledge: 0,
      unreadMessages: 0,
      reflectionPeriodsEnding: 0,
    });
  });
});
