import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { readIdentificationSettings } from '../identification/identification-settings.ts';
import { loadPersonFor } from '../identification/person-access.ts';
import { basisName } from '../identification/share-person.ts';
import { identityTransfer, linksOf, noIdentityBasis } from '../policy/person-access-policy.ts';
import { conflict, invalid } from '../support/errors.ts';
import type { Referral } from './referral.ts';
import {
  dayOf,
  type EarliestDay,
  isHistoric,
  recordedLater,
  resolveHappenedOn,
  respondByFor,
} from './referral-dates.ts';
import { readReferralSettings } from './referral-settings.ts';
import {
  openReferralStatuses,
  type ReferralSection,
  type ReferralService,
  type ReferralUrgency,
} from './referral-vocabulary.ts';

export interface SendReferralInput {
  toOrganisationId: string;
  services: ReferralService[];
  urgency?: ReferralUrgency;
  note?: string | null;
  shareIdentity: boolean;
  sections?: ReferralSection[];
  /** Share identity without consent: needs the consent_override right, and is audited. */
  overrideReason?: string | null;
  /** The day it was sent when that was earlier than today (YYYY-MM-DD); defaults to today. */
  sentOn?: string | null;
}

/**
 * Sends a referral. Identity travels only with a legal basis: for an adult a recorded consent
 * that covers the recipient; for a child the child rule; otherwise an override by someone
 * allowed to, with a reason. Without one, the referral may go without identity. From this
 * moment the recipient has need-to-know access to the person, until the referral closes.
 * A referral sent earlier (by telephone, or before OpenNRM) is entered with the day it was sent:
 * its deadline counts from that day, it shows as recorded later, and history (historicAfterDays)
 * notifies nobody.
 */
export async function sendReferral(ctx: Ctx, personId: string, input: SendReferralInput): Promise<Referral> {
  if (input.services.length === 0)
    throw invalid('Say what the recipient is asked to do.', { fields: { services: 'required' } });
  return ctx.store.transaction(async (tx) => {
    const { person, facts } = await loadPersonFor(ctx, personId, 'refer', tx);
    const recipient = await tx.organisations.get(input.toOrganisationId);
    if (!recipient?.active)
      throw invalid('The recipient organisation does not exist or is inactive.', {
        fields: { toOrganisationId: 'unknown' },
      });
    if (recipient.id === ctx.actor.organisationId)
      throw invalid('A referral goes to another organisation.', { fields: { toOrganisationId: 'own' } });
    if (recipient.id === person.organisationId)
      throw invalid('The record already belongs to that organisation.', {
        fields: { toOrganisationId: 'owner' },
      });
    const open = facts.referrals.find(
      (r) => r.toOrganisationId === recipient.id && openReferralStatuses.includes(r.status),
    );
    if (open)
      throw conflict(`${recipient.name} already has an open referral for this person.`, {
        referralId: open.id,
      });
    // A recipient refers onward from the referral it accepted; that referral's end is this one's.
    const parentReferralId =
      person.organisationId === ctx.actor.organisationId
        ? null
        : (linksOf(ctx.actor.organisationId, facts).find((l) => l.relation === 'recipient_accepted')
            ?.referralId ?? null);
    const basis = input.shareIdentity
      ? identityTransfer(ctx.actor, facts, recipient.id, input.overrideReason)
      : noIdentityBasis;
    const sections = await onwardSections(parentReferralId, input.sections);
    const now = ctx.clock.now();
    const settings = await readReferralSettings(tx);
    const holidays = new Set((await readIdentificationSettings(tx)).holidays);
    const urgency = input.urgency ?? 'normal';
    const sentOn = resolveHappenedOn('sentOn', input.sentOn, now, settings.backdateLimitDays, [
      person.birthYear ? { on: `${person.birthYear}-01-01`, because: 'the person was not yet born' } : null,
      await parentAnsweredOn(),
      await consentGivenOn(basis.consentId),
    ]);
    const historic = isHistoric(sentOn, now);
    const id = ctx.newId();
    const referral: Referral = {
      id,
      personId,
      fromOrganisationId: ctx.actor.organisationId,
      toOrganisationId: recipient.id,
      services: [...new Set(input.services)],
      urgency,
      noteSealed: input.note?.trim() ? ctx.sealer.seal(input.note.trim(), `referral.note.${id}`) : null,
      shareIdentity: input.shareIdentity,
      sections,
      ...basis,
      status: 'sent',
      declineReason: null,
      withdrawReason: null,
      sentBy: ctx.actor.userId,
      sentOn,
      sentAt: now,
      respondBy: respondByFor(sentOn, now, settings.responseWorkingDays[urgency], holidays),
      respondedBy: null,
      respondedOn: null,
      respondedAt: null,
      closedOn: null,
      closedAt: null,
      escalatedAt: null,
      updatedAt: now,
      parentReferralId,
    };
    await tx.referrals.create(referral);
    if (!historic)
      await tx.notifications.create({
        id: ctx.newId(),
        organisationId: recipient.id,
        kind: 'referral.received',
        referralId: id,
        personCode: person.code,
        createdAt: now,
        readAt: null,
      });
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'referral.sent',
      entityType: 'referral',
      entityId: id,
      details: {
        personId,
        to: recipient.id,
        services: referral.services,
        shareIdentity: referral.shareIdentity,
        basis: basisName(basis),
        onwardFrom: parentReferralId,
        overrideReason: basis.overrideReason,
        // Both dates, so the trail shows who entered a referral as sent earlier, and when.
        sentOn,
        recordedOn: dayOf(now),
        recordedLater: recordedLater(sentOn, now),
      },
    });
    return referral;

    /** An onward referral cannot have been sent before the referral it comes from was accepted. */
    async function parentAnsweredOn(): Promise<EarliestDay | null> {
      const on = parentReferralId ? (await tx.referrals.get(parentReferralId))?.respondedOn : null;
      return on
        ? { on, because: 'your organisation accepted the referral it is sent onward from then' }
        : null;
    }

    /** Identity cannot have travelled on a consent not yet given. */
    async function consentGivenOn(consentId: string | null): Promise<EarliestDay | null> {
      const on = consentId ? (await tx.consents.get(consentId))?.givenOn : null;
      return on ? { on, because: 'the consent that allows sharing the identity was given then' } : null;
    }

    /** An onward referral passes on no section its sender was not given. */
    async function onwardSections(parentId: string | null, asked: ReferralSection[] | undefined) {
      const all: ReferralSection[] = ['screenings', 'exploitation', 'decisions'];
      const held = parentId ? ((await tx.referrals.get(parentId))?.sections ?? []) : all;
      if (asked?.some((section) => !held.includes(section)))
        throw invalid('An onward referral cannot pass on sections your organisation was not given.', {
          fields: { sections: 'not_held' },
        });
      return [...new Set(asked ?? held)];
    }
  });
}
