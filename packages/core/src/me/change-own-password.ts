import { recordAudit } from '../audit/record-audit.ts';
import { assertAcceptablePassword } from '../auth/password-rules.ts';
import type { Ctx } from '../context.ts';
import { DomainError, notFound } from '../support/errors.ts';

/** Changes the actor's password and ends their other sessions, which may be an intruder's. */
export async function changeOwnPassword(
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await ctx.store.users.get(ctx.actor.userId);
  if (!user) throw notFound('The user');
  if (!(await ctx.passwords.verify(user.passwordHash, input.currentPassword))) {
    throw new DomainError('validation_failed', 'The current password is incorrect.', {
      fields: { currentPassword: 'incorrect' },
    });
  }
  assertAcceptablePassword(input.newPassword, user.email, ctx.security);
  const passwordHash = await ctx.passwords.hash(input.newPassword);
  await ctx.store.transaction(async (tx) => {
    await tx.users.update(user.id, { passwordHash, updatedAt: ctx.clock.now() });
    const sessions = await tx.sessions.deleteForUser(user.id);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'user.password_changed',
      entityType: 'user',
      entityId: user.id,
      details: { sessionsEnded: sessions },
    });
  });
}
