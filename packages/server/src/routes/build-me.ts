import { type Actor, type Deps, notFound, permissionsOf } from '@opennrm/core';
import { presentOrganisation, presentUser } from '../presenters/presenters.ts';

/** The signed-in user, their organisation and their permissions: what the web app starts from. */
export async function buildMe(
  deps: Deps,
  actor: Pick<Actor, 'userId' | 'roles' | 'tokenScopes'>,
  csrfToken: string | null,
) {
  const user = await deps.store.users.get(actor.userId);
  const organisation = user && (await deps.store.organisations.get(user.organisationId));
  if (!user || !organisation) throw notFound('Your account');
  return {
    user: presentUser(user),
    organisation: presentOrganisation(organisation),
    permissions: permissionsOf(actor),
    csrfToken,
  };
}
