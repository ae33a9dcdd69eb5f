import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { loadPersonFor } from '../identification/person-access.ts';
import { authorizeProvider } from '../policy/service-provider-policy.ts';
import { openReferralStatuses } from '../referrals/referral-vocabulary.ts';
import { invalid } from '../support/errors.ts';
import { type ServiceDelivery, serviceNoteAad } from './protection.ts';
import { checkAmount, checkCurrency, checkEndDay, checkEventDay } from './protection-dates.ts';
import { readProtectionSettings } from './protection-settings.ts';
import type { ServiceOutcome, ServiceType } from './protection-vocabulary.ts';

export interface ServiceDeliveryInput {
  serviceType: ServiceType;
  /** The actor's own organisation, its default: a body records what it delivered (service-provider-policy.ts). */
  providerOrganisationId?: string;
  deliveredOn: string;
  endedOn?: string | null;
  amount?: number | null;
  currency?: string | null;
  outcome: ServiceOutcome;
  referralId?: string | null;
  note?: string | null;
}

/** Which referral services a delivery of each type answers. */
const answers: Partial<Record<ServiceType, readonly string[]>> = {
  accommodation: ['shelter'],
  medical: ['medical'],
  psychological: ['psychological'],
  legal_aid: ['legal'],
  interpretation: ['interpretation'],
  financial_allowance: ['financial_allowance'],
  job_placement: ['job_placement'],
  vocational_training: ['vocational_training'],
  education: ['education'],
  assisted_return: ['repatriation'],
};

/**
 * Records a service the person received. It needs the person's `record_support` (owner, share
 * target, or a provider that accepted a referral) and nothing else: never the person's
 * cooperation with law enforcement, which this module records separately as their own choice.
 */
export async function recordServiceDelivery(
  ctx: Ctx,
  personId: string,
  input: ServiceDeliveryInput,
): Promise<ServiceDelivery> {
  return ctx.store.transaction(async (tx) => {
    await loadPersonFor(ctx, personId, 'record_support', tx);
    const settings = await readProtectionSettings(tx);
    if (!settings.serviceTypes.includes(input.serviceType))
      throw invalid('This service type is not in the catalogue.', { fields: { serviceType: 'invalid' } });
    const deliveredOn = checkEventDay('deliveredOn', input.deliveredOn, ctx.clock.now());
    const providerId = input.providerOrganisationId ?? ctx.actor.organisationId;
    authorizeProvider(ctx.actor, providerId);
    const provider = await tx.organisations.get(providerId);
    if (!provider)
      throw invalid('Unknown provider organisation.', { fields: { providerOrganisationId: 'invalid' } });
    const money = input.amount !== null && input.amount !== undefined;
    if (input.serviceType === 'financial_allowance' && !money)
      throw invalid('An allowance has an amount.', { fields: { amount: 'required' } });
    const amount = money ? checkAmount('amount', input.amount as number) : null;
    const currency = money ? checkCurrency(input.currency ?? settings.defaultCurrency) : null;
    let referralId: string | null = null;
    if (input.referralId) {
      const referral = await tx.referrals.get(input.referralId);
      // The referral must be about this person and ask for this kind of service.
      const asks = answers[input.serviceType] ?? ['other'];
      if (!referral || referral.personId !== personId || !referral.services.some((s) => asks.includes(s)))
        throw invalid('That referral does not ask for this service for this person.', {
          fields: { referralId: 'invalid' },
        });
      if (
        referral.toOrganisationId !== ctx.actor.organisationId &&
        referral.fromOrganisationId !== ctx.actor.organisationId
      )
        throw invalid('Only a party to the referral names it.', { fields: { referralId: 'invalid' } });
      if (!openReferralStatuses.includes(referral.status) && referral.status !== 'completed')
        throw invalid('That referral was declined or withdrawn.', { fields: { referralId: 'invalid' } });
      referralId = referral.id;
    }
    const id = ctx.newId();
    const service: ServiceDelivery = {
      id,
      personId,
      serviceType: input.serviceType,
      providerOrganisationId: provider.id,
      deliveredOn,
      endedOn: checkEndDay('endedOn', input.endedOn, deliveredOn),
      amount,
      currency,
      outcome: input.outcome,
      referralId,
      noteSealed: input.note?.trim() ? ctx.sealer.seal(input.note.trim(), serviceNoteAad(id)) : null,
      recordedBy: ctx.actor.userId,
      recordedByOrganisationId: ctx.actor.organisationId,
      recordedAt: ctx.clock.now(),
    };
    await tx.protection.addService(service);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'protection.service_recorded',
      entityType: 'person',
      entityId: personId,
      details: { serviceId: id, serviceType: service.serviceType, referralId },
    });
    return service;
  });
}
