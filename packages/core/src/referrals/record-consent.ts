import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { loadPersonFor } from '../identification/person-access.ts';
import { isCalendarDate } from '../support/calendar-date.ts';
import { invalid, notFound } from '../support/errors.ts';
import type { Consent } from './referral.ts';
import type { ConsentMeans, ConsentPurpose } from './referral-vocabulary.ts';

export interface ConsentInput {
  purposes: ConsentPurpose[];
  organisationIds: string[];
  means: ConsentMeans;
  givenOn: string;
}

/** Records an adult's informed consent: to what, shared with whom, when, by what means. */
export async function recordConsent(ctx: Ctx, personId: string, input: ConsentInput): Promise<Consent> {
  const today = ctx.clock.now().toISOString().slice(0, 10);
  if (!isCalendarDate(input.givenOn)) {
    throw invalid('The consent date must be a calendar date.', { fields: { givenOn: 'invalid' } });
  }
  if (input.givenOn > today)
    throw invalid('Consent cannot be given in the future.', { fields: { givenOn: 'future' } });
  if (input.purposes.length === 0)
    throw invalid('Say what the person consents to.', { fields: { purposes: 'required' } });
  return ctx.store.transaction(async (tx) => {
    // Only the owner records what the person agreed to: a recipient naming others in a consent
    // would widen identity access the owner never gave.
    await loadPersonFor(ctx, personId, 'record_consent', tx);
    for (const id of input.organisationIds) {
      if (!(await tx.organisations.get(id)))
        throw invalid('An organisation named in the consent does not exist.', {
          fields: { organisationIds: 'unknown' },
        });
    }
    const consent: Consent = {
      id: ctx.newId(),
      personId,
      purposes: [...new Set(input.purposes)],
      organisationIds: [...new Set(input.organisationIds)],
      means: input.means,
      givenOn: input.givenOn,
      recordedBy: ctx.actor.userId,
      recordedByOrganisationId: ctx.actor.organisationId,
      recordedAt: ctx.clock.now(),
      withdrawnAt: null,
      withdrawnBy: null,
    };
    await tx.consents.create(consent);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'consent.recorded',
      entityType: 'person',
      entityId: personId,
      details: {
        consentId: consent.id,
        purposes: consent.purposes,
        organisationIds: consent.organisationIds,
        means: consent.means,
      },
    });
    return consent;
  });
}

/**
 * The person withdraws consent: no further sharing relies on it, and open referrals that shared
 * identity because of it stop doing so at once.
 */
export async function withdrawConsent(ctx: Ctx, consentId: string): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    const consent = await tx.consents.get(consentId);
    if (!consent) throw notFound('The consent');
    await loadPersonFor(ctx, consent.personId, 'withdraw_consent', tx);
    const now = ctx.clock.now();
    if ((await tx.consents.withdraw(consentId, ctx.actor.userId, now)) === 0) return;
    const stopped = await tx.referrals.stopIdentitySharing(consentId, now);
    const sharesStopped = await tx.persons.stopIdentitySharing(consentId);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'consent.withdrawn',
      entityType: 'person',
      entityId: consent.personId,
      details: {
        consentId,
        referralsNoLongerSharingIdentity: stopped,
        sharesNoLongerSharingIdentity: sharesStopped,
      },
    });
  });
}
