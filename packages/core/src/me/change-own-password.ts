import { recordAudit } from '../audit/record-audit.ts';
import { assertAcceptablePassword } from '../auth/password-rules.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { DomainError, forbidden, notFound } from '../support/errors.ts';

/**
 * Changes the actor's password, ends their other sessions and revokes their API tokens: any of
 * them may be an intruder's.
 */
export async function changeOwnPassword(
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  authorize(ctx.actor, 'account', 'update', { userId: ctx.actor.userId });
  // A token could be stolen from a script; changing the password is for the person, signed in.
  if (ctx.actor.tokenScopes) throw forbidden('Sign in to change your password; an API token cannot.');
  const user = await ctx.store.users.get(ctx.actor.userId);
  if (!user) throw notFound('The user');
  if (!(await ctx.passwords.verify(user.passwordHash, input.currentPassword))) {
    throw new DomainError('validation_failed', 'The current password is incorrect.', {
      fields: { currentPassword: 'incorrect' },
    });
  }
  assertAcceptablePassword(input.newPassword, user, ctx.security);
  const passwordHash = await ctx.passwords.hash(input.newPassword);
  await ctx.store.transaction(async (tx) => {
    await tx.users.update(user.id, { passwordHash, updatedAt: ctx.clock.now() });
    const sessions = await tx.sessions.deleteForUser(user.id, ctx.actor.credentialId);
    // Tokens too: a token made by whoever knew the old password must not outlive it.
    const tokensRevoked = await tx.apiTokens.revokeForUser(user.id, ctx.clock.now());
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'user.password_changed',
      entityType: 'user',
      entityId: user.id,
      details: { sessionsEnded: sessions, tokensRevoked },
    });
  });
}
