import type { Actor } from '../auth/actor.ts';
import { grants } from './grants.ts';
import { type Permission, permissionOf } from './permissions.ts';

/** Every `resource:action` the actor holds at some scope: drives navigation and token scopes. */
export function permissionsOf(actor: Pick<Actor, 'roles' | 'tokenScopes'>): Permission[] {
  const all = new Set<Permission>();
  for (const role of actor.roles) {
    for (const grant of grants[role]) all.add(permissionOf(grant.resource, grant.action));
  }
  const allowed = actor.tokenScopes;
  return [...all].filter((p) => !allowed || allowed.includes(p)).sort();
}
