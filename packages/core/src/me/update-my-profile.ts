import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import type { Locale, User } from '../model.ts';
import { authorize } from '../policy/authorize.ts';
import { notFound } from '../support/errors.ts';

/** What a user may change about themselves: never roles, organisation or status. */
export async function updateMyProfile(
  ctx: Ctx,
  input: { displayName?: string; locale?: Locale },
): Promise<User> {
  return ctx.store.transaction(async (tx) => {
    authorize(ctx.actor, 'account', 'update', { userId: ctx.actor.userId });
    // Pick the two fields explicitly: whatever else arrives at run time is never written.
    const changes: { displayName?: string; locale?: Locale; updatedAt: Date } = {
      updatedAt: ctx.clock.now(),
    };
    if (input.displayName !== undefined) changes.displayName = input.displayName.trim();
    if (input.locale !== undefined) changes.locale = input.locale;
    if ((await tx.users.update(ctx.actor.userId, changes)) === 0) throw notFound('The user');
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'user.profile_updated',
      entityType: 'user',
      entityId: ctx.actor.userId,
      details: { fields: Object.keys(changes).filter((k) => k !== 'updatedAt') },
    });
    const user = await tx.users.get(ctx.actor.userId);
    if (!user) throw notFound('The user');
    return user;
  });
}
