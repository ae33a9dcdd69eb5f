import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../support/errors.ts';
import { findTokenOwner } from './find-token-owner.ts';

/** An administrator revokes one of another user's tokens (a leaked integration secret). */
export async function revokeUserApiToken(ctx: Ctx, userId: string, tokenId: string): Promise<void> {
  const user = await findTokenOwner(ctx, userId);
  const token = await ctx.store.apiTokens.get(tokenId);
  if (!token || token.userId !== user.id) throw notFound('The API token');
  await ctx.store.transaction(async (tx) => {
    const changed = await tx.apiTokens.revoke(token.id, ctx.clock.now());
    if (changed === 0) return; // already revoked: nothing to record twice
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'api_token.revoked',
      entityType: 'api_token',
      entityId: token.id,
      details: { userId: user.id, name: token.name },
    });
  });
}
