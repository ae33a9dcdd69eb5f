import { recordAudit } from '../audit/record-audit.ts';
import { assertAcceptablePassword } from '../auth/password-rules.ts';
import { signInAccountKey } from '../auth/sign-in-limits.ts';
import type { Ctx } from '../context.ts';
import type { User } from '../model.ts';
import { authorize } from '../policy/authorize.ts';
import { forbidden, notFound } from '../support/errors.ts';

/**
 * An administrator sets a new password for someone who lost theirs (or whose account may be in
 * someone else's hands): their sessions end, their API tokens are revoked and a lockout is lifted.
 */
export async function setUserPassword(ctx: Ctx, id: string, password: string): Promise<void> {
  const user = await ctx.store.users.get(id);
  if (!user) throw notFound('The user');
  authorize(ctx.actor, 'user', 'update', { organisationId: user.organisationId, userId: user.id });
  if (id === ctx.actor.userId) throw forbidden('Change your own password from your account page.');
  assertAcceptablePassword(password, user, ctx.security);
  const passwordHash = await ctx.passwords.hash(password);
  await ctx.store.transaction(async (tx) => {
    await tx.users.update(id, {
      passwordHash,
      failedLogins: 0,
      lockedUntil: null,
      updatedAt: ctx.clock.now(),
    });
    await tx.throttle.reset(signInAccountKey(user.email));
    const sessionsEnded = await tx.sessions.deleteForUser(id);
    const tokensRevoked = await tx.apiTokens.revokeForUser(id, ctx.clock.now());
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: id,
      details: { sessionsEnded, tokensRevoked },
    });
  });
}

/** Lifts a lockout early, once an administrator has checked with the person. */
export async function unlockUser(ctx: Ctx, id: string): Promise<User> {
  const user = await ctx.store.users.get(id);
  if (!user) throw notFound('The user');
  authorize(ctx.actor, 'user', 'update', { organisationId: user.organisationId, userId: user.id });
  return ctx.store.transaction(async (tx) => {
    await tx.users.update(id, { failedLogins: 0, lockedUntil: null, updatedAt: ctx.clock.now() });
    // The lock itself lives in the sign-in throttle, keyed by the email.
    await tx.throttle.reset(signInAccountKey(user.email));
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'user.unlocked',
      entityType: 'user',
      entityId: id,
    });
    return { ...user, failedLogins: 0, lockedUntil: null };
  });
}
