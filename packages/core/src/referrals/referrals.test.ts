import { beforeEach, describe, expect, it } from 'vitest';
import { createPerson } from '../identification/create-person.ts';
import { getPersonFile } from '../identification/get-person-file.ts';
import { revealPersonIdentity } from '../identification/reveal-person-identity.ts';
import type { Organisation } from '../model.ts';
import { actAs, addOrganisation, createMemoryStore, createTestDeps } from '../testing/index.ts';
import { escalateOverdueReferrals } from './escalate-overdue-referrals.ts';
import { getReferralInbox } from './get-referral-inbox.ts';
import { proposeReferrals } from './propose-referrals.ts';
import { recordConsent, withdrawConsent } from './record-consent.ts';
import { nextStatus } from './referral-state-machine.ts';
import { sendReferral } from './send-referral.ts';
import { transitionReferral } from './transition-referral.ts';

describe('referral lifecycle', () => {
  it('allows exactly the documented transitions and names what is possible otherwise', () => {
    expect(nextStatus('sent', 'accept')).toBe('accepted');
    expect(nextStatus('sent', 'decline')).toBe('declined');
    expect(nextStatus('accepted', 'complete')).toBe('completed');
    expect(nextStatus('sent', 'withdraw')).toBe('withdrawn');
    expect(nextStatus('accepted', 'withdraw')).toBe('withdrawn');
    for (const [from, action] of [
      ['sent', 'complete'],
      ['accepted', 'accept'],
      ['accepted', 'decline'],
      ['declined', 'accept'],
      ['completed', 'withdraw'],
      ['withdrawn', 'accept'],
    ] as const) {
      expect(() => nextStatus(from, action)).toThrow(expect.objectContaining({ code: 'invalid_transition' }));
    }
  });
});

describe('referrals', () => {
  let deps: ReturnType<typeof createTestDeps>;
  let store: ReturnType<typeof createMemoryStore>;
  let police: Organisation;
  let sms: Organisation;
  let vac: Organisation;
  let ngo: Organisation;

  beforeEach(async () => {
    store = createMemoryStore();
    deps = createTestDeps(store);
    police = await addOrganisation(deps, 'police', 'ATD');
    sms = await addOrganisation(deps, 'migration_service', 'SMS');
    vac = await addOrganisation(deps, 'victim_assistance_centre', 'VAC');
    ngo = await addOrganisation(deps, 'ngo', 'Safe Home');
  });
  const as = (org: Organisation, role: 'investigator' | 'case_worker' = 'case_worker') =>
    actAs(deps, org, [role]);

  async function foreignAdult(child = false) {
    const { person } = await createPerson(as(police, 'investigator'), {
      gender: 'Masculine',
      citizenships: ['UZ'],
      childAtIdentification: child,
      identity: { givenNames: 'Jasur', familyName: 'Toshmatov' },
      confirmDuplicates: true,
    });
    return person;
  }

  it('proposes the migration service and the victim assistance centre for a foreign adult', async () => {
    const person = await foreignAdult();
    const proposals = await proposeReferrals(as(police, 'investigator'), person.id);
    expect(proposals.map((p) => p.organisationName)).toEqual(['SMS', 'VAC']);
  });

  it('sends identity only with consent for an adult; without it only the record; a child goes with it', async () => {
    const adult = await foreignAdult();
    const investigator = as(police, 'investigator');
    await expect(
      sendReferral(investigator, adult.id, {
        toOrganisationId: vac.id,
        services: ['medical'],
        shareIdentity: true,
      }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      details: { reason: 'consent_required' },
    });
    const withoutIdentity = await sendReferral(investigator, adult.id, {
      toOrganisationId: vac.id,
      services: ['medical'],
      shareIdentity: false,
    });
    expect(withoutIdentity.shareIdentity).toBe(false);
    expect((await getPersonFile(as(vac), adult.id)).person.id).toBe(adult.id);
    await expect(revealPersonIdentity(as(vac), adult.id, null)).rejects.toMatchObject({ code: 'forbidden' });

    const child = await foreignAdult(true);
    const childReferral = await sendReferral(investigator, child.id, {
      toOrganisationId: vac.id,
      services: ['child_protection'],
      shareIdentity: true,
    });
    expect(childReferral.childRule).toBe(true);
    expect((await revealPersonIdentity(as(vac), child.id, 'care')).identity.givenNames).toBe('Jasur');
  });

  it('uses a recorded consent, and its withdrawal stops identity sharing at once', async () => {
    const adult = await foreignAdult();
    const investigator = as(police, 'investigator');
    const consent = await recordConsent(investigator, adult.id, {
      purposes: ['share_identity'],
      organisationIds: [vac.id],
      means: 'written',
      givenOn: '2026-01-15',
    });
    const referral = await sendReferral(investigator, adult.id, {
      toOrganisationId: vac.id,
      services: ['shelter'],
      shareIdentity: true,
    });
    expect(referral.consentId).toBe(consent.id);
    expect((await revealPersonIdentity(as(vac), adult.id, null)).identity.familyName).toBe('Toshmatov');
    // The consent names the VAC only: the migration service needs its own.
    await expect(
      sendReferral(investigator, adult.id, {
        toOrganisationId: sms.id,
        services: ['residence_permit'],
        shareIdentity: true,
      }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await withdrawConsent(investigator, consent.id);
    await expect(revealPersonIdentity(as(vac), adult.id, null)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('lets only holders of the override right share identity without consent, with a reason', async () => {
    const adult = await foreignAdult();
    const override = await sendReferral(as(police, 'investigator'), adult.id, {
      toOrganisationId: vac.id,
      services: ['shelter'],
      shareIdentity: true,
      overrideReason: 'Immediate danger: needs a safe place tonight',
    });
    expect(override.overrideReason).toMatch(/Immediate danger/);
    const event = store.tables.audit.at(-1);
    expect(event?.details).toMatchObject({
      basis: 'override',
      overrideReason: 'Immediate danger: needs a safe place tonight',
    });
    await expect(
      sendReferral(as(vac), adult.id, {
        toOrganisationId: ngo.id,
        services: ['shelter'],
        shareIdentity: true,
        overrideReason: 'because',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('gives access when sent and takes it away when declined, including acting on the referral', async () => {
    const adult = await foreignAdult();
    const referral = await sendReferral(as(police, 'investigator'), adult.id, {
      toOrganisationId: sms.id,
      services: ['residence_permit'],
      shareIdentity: false,
    });
    expect((await getReferralInbox(as(sms))).incoming.map((r) => r.id)).toEqual([referral.id]);
    await expect(transitionReferral(as(sms), referral.id, 'decline', { reason: '' })).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await transitionReferral(as(sms), referral.id, 'decline', {
      reason: 'Not a foreign national in our sense',
    });
    await expect(getPersonFile(as(sms), adult.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(transitionReferral(as(sms), referral.id, 'accept')).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      transitionReferral(as(police, 'investigator'), referral.id, 'withdraw'),
    ).rejects.toMatchObject({ code: 'invalid_transition' });
    expect((await getReferralInbox(as(police, 'investigator'))).recentlyClosed.map((r) => r.status)).toEqual([
      'declined',
    ]);
  });

  it('ends racing accept and withdraw with exactly one outcome', async () => {
    const adult = await foreignAdult();
    const referral = await sendReferral(as(police, 'investigator'), adult.id, {
      toOrganisationId: vac.id,
      services: ['medical'],
      shareIdentity: false,
    });
    const results = await Promise.allSettled([
      transitionReferral(as(vac), referral.id, 'accept'),
      transitionReferral(as(police, 'investigator'), referral.id, 'withdraw'),
    ]);
    // Withdraw after accept is legal, so either both succeed in order or one loses: never a mixed state.
    const final = await deps.store.referrals.get(referral.id);
    const fulfilled = results.filter((r) => r.status === 'fulfilled').length;
    expect(['accepted', 'withdrawn']).toContain(final?.status);
    expect(fulfilled).toBeGreaterThanOrEqual(1);
  });

  it('refuses a second open referral to the same organisation and actions by the wrong side', async () => {
    const adult = await foreignAdult();
    const referral = await sendReferral(as(police, 'investigator'), adult.id, {
      toOrganisationId: vac.id,
      services: ['medical'],
      shareIdentity: false,
    });
    await expect(
      sendReferral(as(police, 'investigator'), adult.id, {
        toOrganisationId: vac.id,
        services: ['legal'],
        shareIdentity: false,
      }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(transitionReferral(as(police, 'investigator'), referral.id, 'accept')).rejects.toMatchObject(
      { code: 'forbidden' },
    );
    await expect(transitionReferral(as(vac), referral.id, 'withdraw')).rejects.toMatchObject({
      code: 'forbidden',
    });
    await transitionReferral(as(vac), referral.id, 'accept');
    await transitionReferral(as(vac), referral.id, 'complete');
    await expect(transitionReferral(as(vac), referral.id, 'complete')).rejects.toMatchObject({
      code: 'invalid_transition',
    });
  });

  it('escalates an unanswered referral past its deadline once, to both parties and the coordinator', async () => {
    const coordinator = await addOrganisation(deps, 'coordinator', 'National Coordinator');
    const adult = await foreignAdult();
    const referral = await sendReferral(as(police, 'investigator'), adult.id, {
      toOrganisationId: vac.id,
      services: ['medical'],
      shareIdentity: false,
    });
    expect(await escalateOverdueReferrals(deps)).toBe(0);
    deps.clock.advance(10 * 86_400_000);
    expect((await getReferralInbox(as(vac))).overdue.map((r) => r.id)).toEqual([referral.id]);
    expect(await escalateOverdueReferrals(deps)).toBe(1);
    expect(await escalateOverdueReferrals(deps)).toBe(0);
    const notified = store.tables.referrals.notifications
      .filter((n) => n.kind === 'referral.overdue')
      .map((n) => n.organisationId);
    expect(notified.sort()).toEqual([police.id, vac.id, coordinator.id].sort());
  });

  it('refuses a consent date that does not exist, before storing anything', async () => {
    const adult = await foreignAdult();
    await expect(
      recordConsent(as(police, 'investigator'), adult.id, {
        purposes: ['share_identity'],
        organisationIds: [],
        means: 'written',
        givenOn: '2026-02-30',
      }),
    ).rejects.toMatchObject({ code: 'validation_failed', details: { fields: { givenOn: 'invalid' } } });
    expect(store.tables.referrals.consents.size).toBe(0);
  });
});
