import type { Actor } from '../auth/actor.ts';
import { grants } from './grants.ts';
import { type Permission, permissionOf } from './permissions.ts';
import { enrolmentGrants } from './second-factor-policy.ts';

/** Every `resource:action` the actor holds at some scope: drives navigation and token scopes. */
export function permissionsOf(
  actor: Pick<Actor, 'roles' | 'tokenScopes' | 'secondFactorPending'>,
): Permission[] {
  const all = new Set<Permission>();
  const held = actor.secondFactorPending ? enrolmentGrants : actor.roles.flatMap((role) => grants[role]);
  for (const grant of held) all.add(permissionOf(grant.resource, grant.action));
  const allowed = actor.tokenScopes;
  return [...all].filter((p) => !allowed || allowed.includes(p)).sort();
}
