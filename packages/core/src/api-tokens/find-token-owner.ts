import type { Ctx } from '../context.ts';
import type { User } from '../model.ts';
import { authorize } from '../policy/authorize.ts';
import { notFound } from '../support/errors.ts';

/**
 * The user whose tokens an administrator manages. Looking after someone else's tokens is part of
 * managing that user (`user:update`, the same right as resetting their password), so the policy
 * decides it through that grant; no separate role check.
 */
export async function findTokenOwner(ctx: Ctx, userId: string): Promise<User> {
  const user = await ctx.store.users.get(userId);
  if (!user) throw notFound('The user');
  authorize(ctx.actor, 'user', 'update', { organisationId: user.organisationId, userId: user.id });
  return user;
}
