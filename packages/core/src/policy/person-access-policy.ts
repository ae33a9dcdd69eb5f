import type { Actor } from '../auth/actor.ts';
import { DomainError, forbidden, invalid } from '../support/errors.ts';
import { scopeFor } from './authorize.ts';
import { coveringConsent, type PersonAccessFacts } from './person-access-facts.ts';
import {
  type PersonAction,
  type PersonRelation,
  personAccessTable,
  personActionGrant,
} from './person-access-rules.ts';

/** One way an organisation stands to the record, and whether that link carries identity. */
export interface PersonLink {
  relation: PersonRelation;
  identity: boolean;
  /** For a referral link: which referral (an onward referral names it as its parent). */
  referralId?: string;
}

/** Every link of an organisation to the person, from the facts alone. */
export function linksOf(organisationId: string, facts: PersonAccessFacts): PersonLink[] {
  const links: PersonLink[] = [];
  if (facts.ownerOrganisationId === organisationId) links.push({ relation: 'owner', identity: true });
  for (const share of facts.shares) {
    if (share.organisationId === organisationId)
      links.push({ relation: 'share_target', identity: share.identity });
  }
  for (const r of facts.referrals) {
    if (r.toOrganisationId !== organisationId) continue;
    if (r.status === 'sent')
      links.push({ relation: 'recipient_pending', identity: r.shareIdentity, referralId: r.id });
    if (r.status === 'accepted')
      links.push({ relation: 'recipient_accepted', identity: r.shareIdentity, referralId: r.id });
  }
  return links;
}

/** Whether the table lets one of the organisation's links do the action. */
export function relationAllows(organisationId: string, action: PersonAction, facts: PersonAccessFacts) {
  return linksOf(organisationId, facts).some((link) => {
    const rule = personAccessTable[action][link.relation];
    return rule === 'yes' || (rule === 'identity' && link.identity);
  });
}

/**
 * May this actor do this to this person? Both the role (grants.ts: which kind of work) and the
 * relationship of the actor's organisation to the record (person-access-rules.ts) must allow it.
 * A role granted at scope `all` would reach every record; no role holds that on persons.
 */
export function mayOnPerson(actor: Actor, action: PersonAction, facts: PersonAccessFacts): boolean {
  return personActionGrant[action].every(([resource, act]) => {
    const scope = scopeFor(actor, resource, act);
    if (scope === 'all') return true;
    if (scope === 'linked') return relationAllows(actor.organisationId, action, facts);
    if (scope === 'own_organisation')
      return (
        facts.ownerOrganisationId === actor.organisationId &&
        relationAllows(actor.organisationId, action, facts)
      );
    return false;
  });
}

/** Throws `forbidden` (403) unless `mayOnPerson`. */
export function authorizeOnPerson(actor: Actor, action: PersonAction, facts: PersonAccessFacts): void {
  if (!mayOnPerson(actor, action, facts)) throw forbidden();
}

/** Why identity may go to another organisation (stored on the share or referral). */
export interface IdentityBasis {
  consentId: string | null;
  childRule: boolean;
  overrideReason: string | null;
}

export const noIdentityBasis: IdentityBasis = { consentId: null, childRule: false, overrideReason: null };

/**
 * The one rule for passing identity on, by a share or a referral, first-hand or onward: the giver
 * must hold the identity itself (nobody gives more than they have), and the person must allow
 * it: a consent covering the recipient, or the child rule, or else an override by someone
 * holding that right, with a reason (audited by the caller).
 */
export function identityTransfer(
  actor: Actor,
  facts: PersonAccessFacts,
  recipientOrganisationId: string,
  overrideReason?: string | null,
): IdentityBasis {
  if (!mayOnPerson(actor, 'reveal_identity', facts))
    throw forbidden('You cannot pass on an identity your organisation does not hold.');
  if (facts.child) return { ...noIdentityBasis, childRule: true };
  const consent = coveringConsent(facts, recipientOrganisationId);
  if (consent) return { ...noIdentityBasis, consentId: consent.id };
  const reason = overrideReason?.trim();
  if (reason) {
    if (scopeFor(actor, 'consent_override', 'create') === null)
      throw new DomainError('forbidden', 'You may not share identity without consent.');
    return { ...noIdentityBasis, overrideReason: reason.slice(0, 1000) };
  }
  throw invalid(
    'The person has not consented to share their identity with this organisation. Record consent, or share without identity.',
    { reason: 'consent_required', fields: { shareIdentity: 'consent_required' } },
  );
}
