import { beforeEach, describe, expect, it } from 'vitest';
import { createPerson } from '../identification/create-person.ts';
import type { Organisation } from '../model.ts';
import { actAs, addOrganisation, addUser, createMemoryStore, createTestDeps } from '../testing/index.ts';
import { escalateOverdueReferrals } from './escalate-overdue-referrals.ts';
import { getReferralInbox } from './get-referral-inbox.ts';
import { type MailMessage, sendNotificationEmails } from './notification-emails.ts';
import { recordConsent } from './record-consent.ts';
import { updateReferralSettings } from './referral-settings-use-cases.ts';
import { sendReferral } from './send-referral.ts';
import { transitionReferral } from './transition-referral.ts';

const day = 86_400_000;

// The test clock starts on Thursday 2026-01-15 at 09:00 UTC.
describe('referrals entered on the day they happened', () => {
  let deps: ReturnType<typeof createTestDeps>;
  let store: ReturnType<typeof createMemoryStore>;
  let police: Organisation;
  let vac: Organisation;
  let coordinator: Organisation;

  beforeEach(async () => {
    store = createMemoryStore();
    deps = createTestDeps(store);
    police = await addOrganisation(deps, 'police', 'ATD');
    vac = await addOrganisation(deps, 'victim_assistance_centre', 'VAC');
    coordinator = await addOrganisation(deps, 'coordinator', 'National Coordinator');
  });
  const investigator = () => actAs(deps, police, ['investigator']);
  const caseWorker = () => actAs(deps, vac, ['case_worker']);
  const administrator = () => actAs(deps, coordinator, ['system_administrator']);

  async function aPerson(birthYear: number | null = null) {
    const { person } = await createPerson(investigator(), {
      gender: 'Feminine',
      citizenships: ['AZ'],
      birthYear,
      identity: { givenNames: 'Leyla' },
      confirmDuplicates: true,
    });
    return person;
  }
  const send = async (personId: string, sentOn?: string) =>
    sendReferral(investigator(), personId, {
      toOrganisationId: vac.id,
      services: ['shelter'],
      shareIdentity: false,
      sentOn,
    });
  const notificationsOf = (referralId: string) =>
    store.tables.referrals.notifications.filter((n) => n.referralId === referralId).map((n) => n.kind);

  it('dates a referral sent by telephone last week: deadline from that day, both dates in the trail', async () => {
    const referral = await send((await aPerson()).id, '2026-01-08');
    expect(referral.sentOn).toBe('2026-01-08');
    expect(referral.sentAt.toISOString()).toBe('2026-01-15T09:00:00.000Z');
    // Three working days after Thursday 8 January: Tuesday 13 January, end of the day.
    expect(referral.respondBy.toISOString()).toBe('2026-01-13T23:59:59.999Z');
    expect((await getReferralInbox(caseWorker())).overdue.map((r) => r.id)).toEqual([referral.id]);
    expect(store.tables.audit.at(-1)?.details).toMatchObject({
      sentOn: '2026-01-08',
      recordedOn: '2026-01-15',
      recordedLater: true,
    });
    // A week back is news, not history: the recipient is told, and the sweep escalates at once.
    expect(notificationsOf(referral.id)).toEqual(['referral.received']);
    expect(await escalateOverdueReferrals(deps)).toBe(1);
  });

  it('defaults to today, keeping the time of day for the deadline', async () => {
    const referral = await send((await aPerson()).id);
    expect(referral.sentOn).toBe('2026-01-15');
    expect(referral.respondBy.toISOString()).toBe('2026-01-20T09:00:00.000Z');
    expect(store.tables.audit.at(-1)?.details).toMatchObject({ recordedLater: false });
  });

  it('refuses a day in the future, beyond the limit, before birth or before the consent relied on', async () => {
    const person = await aPerson(2010);
    const field = (sentOn: string) => send(person.id, sentOn);
    await expect(field('2026-01-16')).rejects.toMatchObject({ details: { fields: { sentOn: 'future' } } });
    await expect(field('2026-02-30')).rejects.toMatchObject({ details: { fields: { sentOn: 'invalid' } } });
    await expect(field('2025-12-15')).rejects.toMatchObject({
      details: { fields: { sentOn: 'before_limit' }, limit: '2025-12-16' },
    });
    await updateReferralSettings(administrator(), { backdateLimitDays: 10_000 });
    await expect(field('2009-05-01')).rejects.toMatchObject({ details: { fields: { sentOn: 'too_early' } } });

    const adult = await aPerson(1990);
    await recordConsent(investigator(), adult.id, {
      purposes: ['share_identity'],
      organisationIds: [],
      means: 'written',
      givenOn: '2025-06-01',
    });
    await expect(
      sendReferral(investigator(), adult.id, {
        toOrganisationId: vac.id,
        services: ['shelter'],
        shareIdentity: true,
        sentOn: '2025-05-31',
      }),
    ).rejects.toMatchObject({ details: { fields: { sentOn: 'too_early' }, earliest: '2025-06-01' } });
    expect(store.tables.referrals.referrals.size).toBe(0);
  });

  it('dates answers and closings, never before what they follow', async () => {
    const referral = await send((await aPerson()).id, '2026-01-05');
    await expect(
      transitionReferral(caseWorker(), referral.id, 'accept', { happenedOn: '2026-01-04' }),
    ).rejects.toMatchObject({ details: { fields: { happenedOn: 'too_early' }, earliest: '2026-01-05' } });
    const accepted = await transitionReferral(caseWorker(), referral.id, 'accept', {
      happenedOn: '2026-01-06',
    });
    expect([accepted.respondedOn, accepted.respondedAt?.toISOString()]).toEqual([
      '2026-01-06',
      '2026-01-15T09:00:00.000Z',
    ]);
    await expect(
      transitionReferral(caseWorker(), referral.id, 'complete', { happenedOn: '2026-01-05' }),
    ).rejects.toMatchObject({ details: { fields: { happenedOn: 'too_early' } } });
    const completed = await transitionReferral(caseWorker(), referral.id, 'complete', {
      happenedOn: '2026-01-12',
    });
    expect(completed.closedOn).toBe('2026-01-12');
    expect(store.tables.audit.at(-1)?.details).toMatchObject({
      happenedOn: '2026-01-12',
      recordedOn: '2026-01-15',
      recordedLater: true,
    });
  });

  it('loads a 2014 referral as history: overdue since 2014, yet no notification, e-mail or escalation', async () => {
    const person = await aPerson();
    await expect(send(person.id, '2014-03-12')).rejects.toMatchObject({ code: 'validation_failed' });
    await updateReferralSettings(administrator(), { backdateLimitDays: 5000 });
    const unanswered = await send(person.id, '2014-03-12');
    expect(unanswered.respondBy.toISOString()).toBe('2014-03-17T23:59:59.999Z');
    const inbox = await getReferralInbox(caseWorker());
    expect(inbox.overdue.map((r) => r.respondBy.toISOString())).toEqual(['2014-03-17T23:59:59.999Z']);
    expect(await escalateOverdueReferrals(deps)).toBe(0);
    deps.clock.advance(40 * day);
    expect(await escalateOverdueReferrals(deps)).toBe(0);
    await transitionReferral(caseWorker(), unanswered.id, 'accept', { happenedOn: '2014-03-13' });
    await transitionReferral(caseWorker(), unanswered.id, 'complete', { happenedOn: '2014-06-01' });
    expect(notificationsOf(unanswered.id)).toEqual([]);
    // So the e-mail delivery, which mails every notification to the organisations' users, sends
    // nothing about it; a referral of today does reach them.
    for (const org of [police, vac, coordinator])
      await addUser(deps, org, ['case_worker'], `${org.name}@nrm.test`);
    const mailed: MailMessage[] = [];
    const mailer = { send: async (m: MailMessage) => void mailed.push(m) };
    expect(await sendNotificationEmails(deps, mailer, 'https://nrm.example')).toBe(0);
    await send(person.id);
    await sendNotificationEmails(deps, mailer, 'https://nrm.example');
    expect(mailed.map((m) => m.to)).toEqual([['VAC@nrm.test']]);
  });

  it('once escalated, an answer cannot be dated back into the deadline', async () => {
    const referral = await send((await aPerson()).id);
    deps.clock.advance(7 * day);
    expect(await escalateOverdueReferrals(deps)).toBe(1);
    await expect(
      transitionReferral(caseWorker(), referral.id, 'accept', { happenedOn: '2026-01-20' }),
    ).rejects.toMatchObject({ details: { fields: { happenedOn: 'too_early' }, earliest: '2026-01-21' } });
    const late = await transitionReferral(caseWorker(), referral.id, 'accept', { happenedOn: '2026-01-21' });
    expect(late.respondedOn).toBe('2026-01-21');
  });

  it('lets only a whole number of days from 0 to 36600 be the limit', async () => {
    await expect(updateReferralSettings(administrator(), { backdateLimitDays: -1 })).rejects.toMatchObject({
      details: { fields: { backdateLimitDays: 'invalid' } },
    });
    await expect(updateReferralSettings(investigator(), { backdateLimitDays: 5000 })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
