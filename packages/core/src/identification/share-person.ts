import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { identityTransfer, noIdentityBasis } from '../policy/person-access-policy.ts';
import { invalid } from '../support/errors.ts';
import { loadPersonFor } from './person-access.ts';

export interface ShareInput {
  organisationId: string;
  reason: string;
  /** Let the target reveal identity: needs a consent covering it, the child rule, or an override. */
  shareIdentity?: boolean;
  /** Share identity without consent: needs the consent_override right; audited with the reason. */
  overrideReason?: string | null;
}

/**
 * The owner gives another organisation need-to-know access to a person, for example the police
 * to take the identification decision. Only the owner may (policy: `share`); identity goes with
 * it only on the same basis as a referral's. Sharing again with the same organisation replaces
 * the share, so the owner can also narrow it.
 */
export async function sharePerson(ctx: Ctx, personId: string, input: ShareInput): Promise<void> {
  const reason = input.reason.trim().slice(0, 500);
  if (!reason) throw invalid('Say why the record is shared.', { fields: { reason: 'required' } });
  await ctx.store.transaction(async (tx) => {
    const { person, facts } = await loadPersonFor(ctx, personId, 'share', tx);
    const organisation = await tx.organisations.get(input.organisationId);
    if (!organisation?.active)
      throw invalid('The organisation does not exist or is inactive.', {
        fields: { organisationId: 'unknown' },
      });
    if (input.organisationId === person.organisationId)
      throw invalid('The record already belongs to that organisation.', {
        fields: { organisationId: 'owner' },
      });
    const basis = input.shareIdentity
      ? identityTransfer(ctx.actor, facts, input.organisationId, input.overrideReason)
      : noIdentityBasis;
    await tx.persons.grantAccess(
      personId,
      {
        organisationId: input.organisationId,
        reason,
        shareIdentity: input.shareIdentity === true,
        ...basis,
        grantedBy: ctx.actor.userId,
      },
      ctx.clock.now(),
    );
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'person.shared',
      entityType: 'person',
      entityId: personId,
      details: {
        organisationId: input.organisationId,
        reason,
        shareIdentity: input.shareIdentity === true,
        basis: basisName(basis),
        overrideReason: basis.overrideReason,
      },
    });
  });
}

/** Ends a share (the owner's decision); the owner's own access never ends this way. */
export async function unsharePerson(ctx: Ctx, personId: string, organisationId: string): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    await loadPersonFor(ctx, personId, 'unshare', tx);
    const ended = await tx.persons.revokeAccess(personId, organisationId, ctx.clock.now());
    if (ended === 0) return;
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'person.unshared',
      entityType: 'person',
      entityId: personId,
      details: { organisationId },
    });
  });
}

/** How identity went: the word the audit and the statistics use. */
export function basisName(basis: {
  consentId: string | null;
  childRule: boolean;
  overrideReason: string | null;
}): 'child_rule' | 'override' | 'consent' | 'none' {
  if (basis.childRule) return 'child_rule';
  if (basis.overrideReason) return 'override';
  if (basis.consentId) return 'consent';
  return 'none';
}
