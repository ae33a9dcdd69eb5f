import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import type { Locale, User } from '../model.ts';
import { notFound } from '../support/errors.ts';

/** What a user may change about themselves: never roles, organisation or status. */
export async function updateMyProfile(
  ctx: Ctx,
  input: { displayName?: string; locale?: Locale },
): Promise<User> {
  return ctx.store.transaction(async (tx) => {
    const changes = { ...input, updatedAt: ctx.clock.now() };
    if ((await tx.users.update(ctx.actor.userId, changes)) === 0) throw notFound('The user');
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'user.profile_updated',
      entityType: 'user',
      entityId: ctx.actor.userId,
      details: { fields: Object.keys(input) },
    });
    const user = await tx.users.get(ctx.actor.userId);
    if (!user) throw notFound('The user');
    return user;
  });
}
