import type { Ctx } from '../context.ts';
import type { User } from '../model.ts';
import { can, scopeFor } from '../policy/authorize.ts';
import type { UserFilter } from '../ports.ts';
import { forbidden, notFound } from '../support/errors.ts';

/** Users the actor may see: everyone for administrators and auditors, colleagues otherwise. */
export async function listUsers(ctx: Ctx, filter: UserFilter): Promise<User[]> {
  const scope = scopeFor(ctx.actor, 'user', 'read');
  if (!scope || scope === 'aggregate') throw forbidden();
  const users = await ctx.store.users.list(filter, {
    scope,
    userId: ctx.actor.userId,
    organisationId: ctx.actor.organisationId,
  });
  return users.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export async function getUser(ctx: Ctx, id: string): Promise<User> {
  const user = await ctx.store.users.get(id);
  // Someone outside the actor's reach is "not found", not "forbidden": existence is information.
  if (!scopeFor(ctx.actor, 'user', 'read')) throw forbidden();
  if (!user || !can(ctx.actor, 'user', 'read', { organisationId: user.organisationId, userId: user.id })) {
    throw notFound('The user');
  }
  return user;
}
