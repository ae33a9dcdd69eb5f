import type { Ctx } from '../context.ts';
import type { ApiToken } from '../model.ts';
import { findTokenOwner } from './find-token-owner.ts';

/** Another user's tokens, for an administrator: newest first, revoked and expired ones too. */
export async function listUserApiTokens(ctx: Ctx, userId: string): Promise<ApiToken[]> {
  const user = await findTokenOwner(ctx, userId);
  const tokens = await ctx.store.apiTokens.listForUser(user.id);
  return tokens.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}
