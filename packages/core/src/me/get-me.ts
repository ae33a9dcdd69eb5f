import type { Actor } from '../auth/actor.ts';
import type { Deps } from '../context.ts';
import type { Organisation, User } from '../model.ts';
import type { Permission } from '../policy/permissions.ts';
import { permissionsOf } from '../policy/permissions-of.ts';
import { getSecondFactorStatus, type SecondFactorStatus } from '../second-factor/get-second-factor-status.ts';
import { notFound } from '../support/errors.ts';

/** The signed-in user, their organisation and what they may do: what the web app starts from. */
export async function getMe(
  deps: Pick<Deps, 'store' | 'security'>,
  actor: Pick<Actor, 'userId' | 'roles' | 'tokenScopes' | 'secondFactorPending' | 'secondFactorAtProvider'>,
): Promise<{
  user: User;
  organisation: Organisation;
  permissions: Permission[];
  secondFactor: SecondFactorStatus;
}> {
  const user = await deps.store.users.get(actor.userId);
  const organisation = user && (await deps.store.organisations.get(user.organisationId));
  if (!user || !organisation) throw notFound('Your account');
  const status = await getSecondFactorStatus(deps, user);
  // Signed in with the provider's MFA: no local factor is required of this session.
  const secondFactor = actor.secondFactorAtProvider ? { ...status, required: false } : status;
  // The web app shows the pending user only what they may do: enrol.
  const pending = actor.secondFactorPending || (secondFactor.required && !secondFactor.enrolled);
  const permissions = permissionsOf({ ...actor, ...(pending ? { secondFactorPending: true } : {}) });
  return { user, organisation, permissions, secondFactor };
}
