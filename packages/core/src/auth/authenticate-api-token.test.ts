import { describe, expect, it } from 'vitest';
import { createApiToken } from '../api-tokens/create-api-token.ts';
import { revokeApiToken } from '../api-tokens/revoke-api-token.ts';
import { can } from '../policy/authorize.ts';
import { permissionsOf } from '../policy/permissions-of.ts';
import { DomainError } from '../support/errors.ts';
import { addUser } from '../testing/add-user.ts';
import { createMemoryStore } from '../testing/memory-store.ts';
import { actAs, addOrganisation, createTestDeps } from '../testing/test-deps.ts';
import { authenticateApiToken } from './authenticate-api-token.ts';
import { hashSecretToken } from './secret-token.ts';

const day = 86_400_000;

async function withToken(scopes: string[], expiresInDays?: number) {
  const store = createMemoryStore();
  const deps = createTestDeps(store);
  const org = await addOrganisation(deps, 'ngo', 'Clean Start NGO');
  const user = await addUser(deps, org, ['case_worker'], 'carla@example.org');
  const ctx = actAs(deps, org, user.roles, user.id);
  const { token, secret } = await createApiToken(ctx, {
    name: 'case sync',
    scopes,
    ...(expiresInDays ? { expiresInDays } : {}),
  });
  return { store, deps, org, user, ctx, token, secret };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('authenticateApiToken', () => {
  it('resolves the owner, narrowed to the token scopes, and records when it was used', async () => {
    const { store, deps, org, user, token, secret } = await withToken(['person:read']);
    const actor = await authenticateApiToken(deps, secret);
    expect(actor).toEqual({
      userId: user.id,
      organisationId: org.id,
      organisationType: 'ngo',
      roles: ['case_worker'],
      credentialId: token.id,
      tokenScopes: ['person:read'],
    });
    expect(can(actor, 'person', 'read', { organisationId: org.id })).toBe(true);
    expect(can(actor, 'person', 'create', { organisationId: org.id })).toBe(false);
    expect(can(actor, 'organisation', 'read')).toBe(false);
    expect(permissionsOf(actor)).toEqual(['person:read']);
    expect(store.tables.apiTokens.get(token.id)?.lastUsedAt).toEqual(deps.clock.now());
  });

  it('narrows further when the owner loses a role after the token was made', async () => {
    const { store, deps, user, secret } = await withToken(['person:read', 'user:read']);
    await store.users.update(user.id, { roles: ['hotline_operator'] });
    const actor = await authenticateApiToken(deps, secret);
    expect(can(actor, 'person', 'read')).toBe(false);
    expect(permissionsOf(actor)).toEqual(['user:read']);
  });

  it('refuses a revoked token', async () => {
    const { deps, ctx, token, secret } = await withToken(['person:read']);
    await revokeApiToken(ctx, token.id);
    expect((await refusal(authenticateApiToken(deps, secret))).code).toBe('unauthenticated');
  });

  it('refuses an expired token from the moment it expires', async () => {
    const { deps, secret } = await withToken(['person:read'], 30);
    deps.clock.advance(30 * day - 1);
    await expect(authenticateApiToken(deps, secret)).resolves.toBeDefined();
    deps.clock.advance(1);
    expect((await refusal(authenticateApiToken(deps, secret))).code).toBe('unauthenticated');
  });

  it('refuses unknown and malformed tokens, and the stored hash', async () => {
    const { deps, token, secret } = await withToken(['person:read']);
    for (const bad of [
      '',
      'onrm_',
      `onrm_${'A'.repeat(43)}`,
      secret.slice(0, -1),
      `${secret}x`,
      secret.slice('onrm_'.length),
      token.tokenHash,
      `Bearer ${secret}`,
    ]) {
      const error = await refusal(authenticateApiToken(deps, bad));
      expect(error.code, bad).toBe('unauthenticated');
    }
  });

  it('refuses a token without the onrm_ prefix even if its hash is stored', async () => {
    const { store, deps, token } = await withToken(['person:read']);
    const raw = 'no-prefix-secret-value';
    store.tables.apiTokens.set(token.id, { ...token, tokenHash: hashSecretToken(raw) });
    expect((await refusal(authenticateApiToken(deps, raw))).code).toBe('unauthenticated');
  });

  it('refuses the token of a deactivated user or of an inactive organisation', async () => {
    const a = await withToken(['person:read']);
    await a.store.users.update(a.user.id, { active: false });
    expect((await refusal(authenticateApiToken(a.deps, a.secret))).code).toBe('unauthenticated');
    const b = await withToken(['person:read']);
    await b.store.organisations.update(b.org.id, { active: false });
    expect((await refusal(authenticateApiToken(b.deps, b.secret))).code).toBe('unauthenticated');
  });
});
