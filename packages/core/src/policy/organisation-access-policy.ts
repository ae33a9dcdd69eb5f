import type { Actor } from '../auth/actor.ts';
import { forbidden } from '../support/errors.ts';
import { can } from './authorize.ts';

/**
 * Who may read an organisation's sealed address (a shelter's location says where victims are).
 * Only the organisation's own staff: the system administrator registers and replaces the address
 * but never reads it back (users.md: the administrator sees no victim data), so a hostile insider
 * holding the administrator's account cannot learn where a shelter is.
 */
export function mayRevealOrganisationAddress(actor: Actor, organisationId: string): boolean {
  return can(actor, 'organisation', 'read') && actor.organisationId === organisationId;
}

export function authorizeOrganisationAddress(actor: Actor, organisationId: string): void {
  if (!mayRevealOrganisationAddress(actor, organisationId)) {
    throw forbidden("Only the organisation's own staff may see its address.");
  }
}
