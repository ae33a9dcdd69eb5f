import { type Actor, type Deps, getMe } from '@opennrm/core';
import { presentOrganisation, presentUser } from '../presenters/presenters.ts';

/** GET /api/me and sign-in answer with this; the CSRF token comes from the session. */
export async function buildMe(
  deps: Deps,
  actor: Pick<Actor, 'userId' | 'roles' | 'tokenScopes' | 'secondFactorPending' | 'secondFactorAtProvider'>,
  csrfToken: string | null,
) {
  const { user, organisation, permissions, secondFactor } = await getMe(deps, actor);
  return {
    user: presentUser(user),
    organisation: presentOrganisation(organisation),
    permissions,
    secondFactor,
    csrfToken,
  };
}
