import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { readIdentificationSettings } from '../identification/identification-settings.ts';
import { loadPersonFor, personRecordRef } from '../identification/person-access.ts';
import { addWorkingDays } from '../identification/working-days.ts';
import { authorize, can } from '../policy/authorize.ts';
import { conflict, DomainError, invalid } from '../support/errors.ts';
import { consentCovers, type Referral } from './referral.ts';
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
}

/**
 * Sends a referral. Identity travels only with a legal basis: for an adult a recorded consent
 * that covers the recipient; for a child the child rule; otherwise an override by someone
 * allowed to, with a reason. Without one, the referral may go without identity. From this
 * moment the recipient has need-to-know access to the person, until the referral closes.
 */
export async function sendReferral(ctx: Ctx, personId: string, input: SendReferralInput): Promise<Referral> {
  if (input.services.length === 0)
    throw invalid('Say what the recipient is asked to do.', { fields: { services: 'required' } });
  return ctx.store.transaction(async (tx) => {
    const person = await loadPersonFor(ctx, personId, 'person', 'read', tx);
    const ref = await personRecordRef(tx, person);
    authorize(ctx.actor, 'referral', 'create', ref);
    const recipient = await tx.organisations.get(input.toOrganisationId);
    if (!recipient?.active)
      throw invalid('The recipient organisation does not exist or is inactive.', {
        fields: { toOrganisationId: 'unknown' },
      });
    if (recipient.id === ctx.actor.organisationId)
      throw invalid('A referral goes to another organisation.', { fields: { toOrganisationId: 'own' } });
    const open = (await tx.referrals.listForPerson(personId)).find(
      (r) => r.toOrganisationId === recipient.id && openReferralStatuses.includes(r.status),
    );
    if (open)
      throw conflict(`${recipient.name} already has an open referral for this person.`, {
        referralId: open.id,
      });

    const basis = await identityBasis(ctx, personId, input, ref);
    const now = ctx.clock.now();
    const settings = await readReferralSettings(tx);
    const holidays = new Set((await readIdentificationSettings(tx)).holidays);
    const urgency = input.urgency ?? 'normal';
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
      sections: [...new Set<ReferralSection>(input.sections ?? ['screenings', 'exploitation', 'decisions'])],
      ...basis,
      status: 'sent',
      declineReason: null,
      withdrawReason: null,
      sentBy: ctx.actor.userId,
      sentAt: now,
      respondBy: addWorkingDays(now, settings.responseWorkingDays[urgency], holidays),
      respondedBy: null,
      respondedAt: null,
      closedAt: null,
      escalatedAt: null,
      updatedAt: now,
    };
    await tx.referrals.create(referral);
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
        basis: basis.childRule
          ? 'child_rule'
          : basis.overrideReason
            ? 'override'
            : basis.consentId
              ? 'consent'
              : 'none',
        overrideReason: basis.overrideReason,
      },
    });
    return referral;

    async function identityBasis(c: Ctx, pid: string, i: SendReferralInput, r: typeof ref) {
      const none = { consentId: null, childRule: false, overrideReason: null };
      if (!i.shareIdentity) return none;
      const exploitation = await tx.persons.getExploitation(pid);
      if (person.childAtIdentification === true || exploitation?.childAtExploitation === true)
        return { ...none, childRule: true };
      const consent = (await tx.consents.listForPerson(pid)).find((k) =>
        consentCovers(k, i.toOrganisationId, 'share_identity'),
      );
      if (consent) return { ...none, consentId: consent.id };
      if (i.overrideReason?.trim()) {
        if (!can(c.actor, 'consent_override', 'create', r))
          throw new DomainError('forbidden', 'You may not share identity without consent.');
        return { ...none, overrideReason: i.overrideReason.trim().slice(0, 1000) };
      }
      throw invalid(
        'The person has not consented to share their identity with this organisation. Record consent, or send the referral without identity.',
        {
          reason: 'consent_required',
          fields: { shareIdentity: 'consent_required' },
        },
      );
    }
  });
}
