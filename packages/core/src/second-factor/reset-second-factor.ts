import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorizeSecondFactorReset } from '../policy/second-factor-reset-policy.ts';
import { notFound } from '../support/errors.ts';

/**
 * The administrator's answer to a lost phone: removes the user's factor, recovery codes and
 * waiting sign-ins, and ends their sessions. If their roles require a factor, their next
 * sign-in can only enrol a new one. Audited whether or not a factor was enrolled.
 */
export async function resetSecondFactor(ctx: Ctx, userId: string): Promise<void> {
  const user = await ctx.store.users.get(userId);
  if (!user) throw notFound('The user');
  authorizeSecondFactorReset(ctx.actor, user);
  await ctx.store.transaction(async (tx) => {
    const removed = await tx.secondFactors.remove(user.id);
    const sessionsEnded = await tx.sessions.deleteForUser(user.id);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'user.second_factor_reset',
      entityType: 'user',
      entityId: user.id,
      details: { hadSecondFactor: removed > 0, sessionsEnded },
    });
  });
}
