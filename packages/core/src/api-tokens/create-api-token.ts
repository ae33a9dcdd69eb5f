import { recordAudit } from '../audit/record-audit.ts';
import { apiTokenPrefix } from '../auth/authenticate-api-token.ts';
import { generateSecretToken, hashSecretToken } from '../auth/secret-token.ts';
import type { Ctx } from '../context.ts';
import type { ApiToken } from '../model.ts';
import { authorize } from '../policy/authorize.ts';
import { permissionsOf } from '../policy/permissions-of.ts';
import { invalid } from '../support/errors.ts';

/**
 * Issues a personal API token for integrations. Its scopes must be a subset of what the user
 * may do now (a token never widens rights; role changes later narrow it at use). It expires
 * (by default after `apiTokenDefaultDays`) and is revoked when the user's password changes.
 * The secret is returned once and only its hash is kept.
 */
export async function createApiToken(
  ctx: Ctx,
  input: { name: string; scopes: string[]; expiresInDays?: number },
): Promise<{ token: ApiToken; secret: string }> {
  authorize(ctx.actor, 'api_token', 'create', { userId: ctx.actor.userId });
  if (ctx.actor.tokenScopes) throw invalid('An API token cannot create other tokens; sign in to do this.');
  const held = new Set<string>(permissionsOf(ctx.actor));
  const refused = input.scopes.filter((s) => !held.has(s));
  if (refused.length > 0 || input.scopes.length === 0) {
    throw invalid('Choose one or more scopes among the permissions you hold.', {
      fields: { scopes: 'invalid' },
      refused,
    });
  }
  const { apiTokenDefaultDays, apiTokenMaxDays } = ctx.security;
  // Every token ends: a forgotten integration's secret must not stay valid for ever.
  const days = input.expiresInDays ?? apiTokenDefaultDays;
  if (!Number.isInteger(days) || days < 1 || days > apiTokenMaxDays) {
    throw invalid(`An API token lasts from 1 to ${apiTokenMaxDays} days.`, {
      fields: { expiresInDays: 'out_of_range' },
      maxDays: apiTokenMaxDays,
    });
  }
  const now = ctx.clock.now();
  const secret = generateSecretToken(apiTokenPrefix);
  const token: ApiToken = {
    id: ctx.newId(),
    userId: ctx.actor.userId,
    name: input.name.trim(),
    prefix: secret.slice(0, apiTokenPrefix.length + 6),
    tokenHash: hashSecretToken(secret),
    scopes: [...new Set(input.scopes)].sort(),
    createdAt: now,
    lastUsedAt: null,
    expiresAt: new Date(now.getTime() + days * 86_400_000),
    revokedAt: null,
  };
  await ctx.store.transaction(async (tx) => {
    await tx.apiTokens.create(token);
    await recordAudit({ store: tx, clock: ctx.clock }, ctx.actor, ctx.request, {
      action: 'api_token.created',
      entityType: 'api_token',
      entityId: token.id,
      details: { name: token.name, scopes: token.scopes, expiresAt: token.expiresAt?.toISOString() ?? null },
    });
  });
  return { token, secret };
}
