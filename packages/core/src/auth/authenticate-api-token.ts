import type { Deps } from '../context.ts';
import { DomainError } from '../support/errors.ts';
import type { Actor } from './actor.ts';
import { resolveActor } from './resolve-actor.ts';
import { hashSecretToken } from './secret-token.ts';

/** Prefix of personal API tokens, so secret scanners and people can recognise them. */
export const apiTokenPrefix = 'onrm_';

/** Resolves a bearer token; the actor's rights are its roles narrowed to the token's scopes. */
export async function authenticateApiToken(deps: Deps, token: string): Promise<Actor> {
  const now = deps.clock.now();
  const record = token.startsWith(apiTokenPrefix)
    ? await deps.store.apiTokens.findByTokenHash(hashSecretToken(token))
    : undefined;
  if (!record || record.revokedAt || (record.expiresAt && record.expiresAt <= now)) {
    throw new DomainError('unauthenticated', 'The API token is invalid, expired or revoked.');
  }
  const actor = await resolveActor(deps, await deps.store.users.get(record.userId), record.id, record.scopes);
  if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() > 60_000) {
    await deps.store.apiTokens.markUsed(record.id, now);
  }
  return actor;
}
