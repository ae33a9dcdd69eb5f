import type { Deps } from '../context.ts';
import type { Organisation, User } from '../model.ts';
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
  if (!user?.active) throw inactiveUser();
  const organisation = await deps.store.organisations.get(user.organisationId);
  const confirmed =
    secondFactorRequired(user.roles, deps.security) && !providerSecondFactor
      ? Boolean((await deps.store.secondFactors.get(user.id))?.confirmedAt)
      : true;
  return actorOf(
    deps.security,
    user,
    organisation,
    confirmed,
    credentialId,
    tokenScopes,
    providerSecondFactor,
  );
}

/** resolveActor's decision, on a user, organisation and second factor already read (a session's holder). */
export function actorOf(
  security: Deps['security'],
  user: Pick<User, 'id' | 'active' | 'roles'> | undefined,
  organisation: Pick<Organisation, 'id' | 'type' | 'active'> | undefined,
  secondFactorConfirmed: boolean,
  credentialId: string,
  tokenScopes?: readonly string[],
  providerSecondFactor = false,
): Actor {
  if (!user?.active) throw inactiveUser();
  if (!organisation?.active) {
    throw new DomainError('unauthenticated', 'Your organisation is not active in this system.');
  }
  const pending =
    secondFactorRequired(user.roles, security) && !providerSecondFactor && !secondFactorConfirmed;
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

const inactiveUser = () => new DomainError('unauthenticated', 'Your account is not active.');
