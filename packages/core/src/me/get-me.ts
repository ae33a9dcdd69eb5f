import type { Actor } from '../auth/actor.ts';
import type { Deps } from '../context.ts';
import type { Organisation, User } from '../model.ts';
import type { Permission } from '../policy/permissions.ts';
import { permissionsOf } from '../policy/permissions-of.ts';
import { notFound } from '../support/errors.ts';

/** The signed-in user, their organisation and what they may do: what the web app starts from. */
export async function getMe(
  deps: Pick<Deps, 'store'>,
  actor: Pick<Actor, 'userId' | 'roles' | 'tokenScopes'>,
): Promise<{ user: User; organisation: Organisation; permissions: Permission[] }> {
  const user = await deps.store.users.get(actor.userId);
  const organisation = user && (await deps.store.organisations.get(user.organisationId));
  if (!user || !organisation) throw notFound('Your account');
  return { user, organisation, permissions: permissionsOf(actor) };
}
