import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { authorize } from '../policy/authorize.ts';
import { notFound } from '../support/errors.ts';

/** Revokes one of the actor's tokens; another user's token is reported as not found. */
export async function revokeApiToken(ctx: Ctx, id: string): Promise<void> {
  const token = await ctx.store.apiTokens.get(id);
  if (!token || token.userId !== ctx.actor.userId) throw notFound('The API token');
  authorize(ctx.actor, 'api_token', 'update', { userId: token.userId });
  await ctx.store.transaction(async (tx) => {
    const changed = await tx.apiTokens.revoke(id, ctx.clock.now());
    if (changed === 0) return; // already revoked: nothing to record twice
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'api_token.revoked',
      entityType: 'api_token',
      entityId: id,
    });
  });
}
