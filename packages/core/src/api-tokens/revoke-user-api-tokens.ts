import { recordAudit } from '../audit/record-audit.ts';
import type { Ctx } from '../context.ts';
import { findTokenOwner } from './find-token-owner.ts';

/**
 * An administrator revokes all of another user's tokens at once, e.g. when the account may be
 * compromised or the person leaves. Returns how many were still active.
 */
export async function revokeUserApiTokens(ctx: Ctx, userId: string): Promise<number> {
  const user = await findTokenOwner(ctx, userId);
  return ctx.store.transaction(async (tx) => {
    const revoked = await tx.apiTokens.revokeForUser(user.id, ctx.clock.now());
    if (revoked > 0) {
      await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
        action: 'user.api_tokens_revoked',
        entityType: 'user',
        entityId: user.id,
        details: { tokensRevoked: revoked },
      });
    }
    return revoked;
  });
}
