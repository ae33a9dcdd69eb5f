import type { Actor } from '../auth/actor.ts';
import { forbidden } from '../support/errors.ts';
import { authorize } from './authorize.ts';

/**
 * Who may remove a user's second factor: an administrator (`user:update` on that user), never for
 * their own account. A stolen administrator session must not be able to strip the factor from the
 * account it stole; another administrator resets it, and the audit trail names both.
 */
export function authorizeSecondFactorReset(actor: Actor, user: { id: string; organisationId: string }): void {
  authorize(actor, 'user', 'update', { organisationId: user.organisationId, userId: user.id });
  if (actor.userId === user.id) {
    throw forbidden('Another administrator must reset your own second factor.');
  }
}
