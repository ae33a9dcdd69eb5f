import type { Deps } from '../context.ts';
import type { User } from '../model.ts';
import { secondFactorRequired } from '../policy/second-factor-policy.ts';
import { DomainError } from '../support/errors.ts';
import type { Actor } from './actor.ts';

/**
 * Builds the acting identity from a user row, refusing disabled users and missing orgs. A user
 * whose roles require a second factor they have not confirmed acts as `secondFactorPending`.
 */
export async function resolveActor(
  deps: Pick<Deps, 'store' | 'security'>,
  user: User | undefined,
  credentialId: string,
  tokenScopes?: readonly string[],
  /** The identity provider reported a second factor at this session's sign-in. */
  providerSecondFactor = false,
): Promise<Actor> {
  if (!user?.active) throw new DomainError('unauthenticated', 'Your account is not active.');
  const organisation = await deps.store.organisations.get(user.organisationId);
  if (!organisation?.active) {
    throw new DomainError('unauthenticated', 'Your organisation is not active in this system.');
  }
  const pending =
    secondFactorRequired(user.roles, deps.security) &&
    !providerSecondFactor &&
    !(await deps.store.secondFactors.get(user.id))?.confirmedAt;
  return {
    userId: user.id,
    organisationId: organisation.id,
    organisationType: organisation.type,
    roles: user.roles,
    credentialId,
    ...(pending ? { secondFactorPending: true as const } : {}),
    ...(providerSecondFactor ? { secondFactorAtProvider: true as const } : {}),
    ...(tokenScopes ? { tokenScopes } : {}),
  };
}
