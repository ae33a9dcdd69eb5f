import type { Ctx } from '../context.ts';
import type { ApiToken } from '../model.ts';
import { authorize } from '../policy/authorize.ts';

/** The actor's own tokens, newest first (revoked ones too, so people see what was done). */
export async function listApiTokens(ctx: Ctx): Promise<ApiToken[]> {
  authorize(ctx.actor, 'api_token', 'read', { userId: ctx.actor.userId });
  const tokens = await ctx.store.apiTokens.listForUser(ctx.actor.userId);
  return tokens.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}
