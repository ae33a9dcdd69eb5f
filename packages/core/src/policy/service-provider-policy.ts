import type { Actor } from '../auth/actor.ts';
import { forbidden } from '../support/errors.ts';

/**
 * Who may be named as the provider of a service delivered. A body records what it delivered
 * itself, never what another body did: the provider's kind is a dimension of the national figures
 * ("the government provided 53 victims with an allowance"), so a body that could name any
 * provider could credit the state, or a rival NGO, with deliveries it never made, and the report
 * would say so in three languages. The body that delivered records it (a referral it accepted
 * gives it the person's `record_support`); a historic import acts for the provider each row names.
 */
export function mayNameProvider(actor: Actor, providerOrganisationId: string): boolean {
  return providerOrganisationId === actor.organisationId;
}

export function authorizeProvider(actor: Actor, providerOrganisationId: string): void {
  if (!mayNameProvider(actor, providerOrganisationId))
    throw forbidden('A service is recorded by the organisation that delivered it.');
}
