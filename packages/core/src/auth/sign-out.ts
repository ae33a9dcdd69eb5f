import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';

/** Ends the current session only; `atProvider`: the browser goes on to sign out at the identity provider. */
export async function signOut(ctx: Ctx, options: { atProvider?: boolean } = {}): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    await tx.sessions.delete(ctx.actor.credentialId);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'auth.signed_out',
      entityType: 'session',
      entityId: ctx.actor.credentialId,
      ...(options.atProvider ? { details: { atProvider: true } } : {}),
    });
  });
}

/** Ends every session of the user on every device (a lost phone, a shared computer). */
export async function signOutEverywhere(ctx: Ctx): Promise<number> {
  authorize(ctx.actor, 'account', 'update', { userId: ctx.actor.userId });
  return ctx.store.transaction(async (tx) => {
    const ended = await tx.sessions.deleteForUser(ctx.actor.userId);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'auth.signed_out_everywhere',
      entityType: 'user',
      entityId: ctx.actor.userId,
      details: { sessionsEnded: ended },
    });
    return ended;
  });
}
