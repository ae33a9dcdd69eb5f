import { describe, expect, it } from 'vitest';
import type { RequestMeta } from '../auth/actor.ts';
import { authenticateApiToken } from '../auth/authenticate-api-token.ts';
import { hashSecretToken } from '../auth/secret-token.ts';
import type { Ctx } from '../context.ts';
import { DomainError } from '../support/errors.ts';
import { addUser } from '../testing/add-user.ts';
import { createMemoryStore } from '../testing/memory-store.ts';
import { actAs, addOrganisation, createTestDeps } from '../testing/test-deps.ts';
import { createApiToken } from './create-api-token.ts';
import { listApiTokens } from './list-api-tokens.ts';
import { revokeApiToken } from './revoke-api-token.ts';

const request: RequestMeta = { requestId: 'req-token', clientIp: '203.0.113.40', userAgent: 'cli' };
const day = 86_400_000;

async function world() {
  const store = createMemoryStore();
  const deps = createTestDeps(store);
  const org = await addOrganisation(deps, 'ngo', 'Clean Start NGO');
  const carla = await addUser(deps, org, ['case_worker'], 'carla@example.org');
  const dan = await addUser(deps, org, ['case_worker'], 'dan@example.org');
  const ctx: Ctx = { ...actAs(deps, org, carla.roles, carla.id), request };
  const danCtx: Ctx = { ...actAs(deps, org, dan.roles, dan.id), request };
  return { store, deps, org, carla, dan, ctx, danCtx };
}

async function rejects(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('createApiToken', () => {
  it('returns the secret once, prefixed onrm_, and keeps only its hash', async () => {
    const { store, ctx, carla } = await world();
    const { token, secret } = await createApiToken(ctx, { name: '  case sync  ', scopes: ['person:read'] });
    expect(secret.startsWith('onrm_')).toBe(true);
    expect(secret.length).toBeGreaterThan('onrm_'.length + 40);
    expect(token).toMatchObject({
      userId: carla.id,
      name: 'case sync',
      scopes: ['person:read'],
      revokedAt: null,
    });
    expect(token.tokenHash).toBe(hashSecretToken(secret));
    expect(secret.startsWith(token.prefix)).toBe(true);
    expect(token.prefix.length).toBeLessThan(secret.length / 2);
    expect(JSON.stringify([...store.tables.apiTokens.values()])).not.toContain(secret);
    expect(JSON.stringify(store.tables.audit)).not.toContain(secret);
    expect(JSON.stringify(await listApiTokens(ctx))).not.toContain(secret);
  });

  it('gives a different secret each time', async () => {
    const { ctx } = await world();
    const a = await createApiToken(ctx, { name: 'a', scopes: ['person:read'] });
    const b = await createApiToken(ctx, { name: 'b', scopes: ['person:read'] });
    expect(a.secret).not.toBe(b.secret);
  });

  it('audits the creation with name, scopes and expiry', async () => {
    const { store, deps, ctx, carla, org } = await world();
    const { token } = await createApiToken(ctx, {
      name: 'nightly export',
      scopes: ['user:read', 'person:read', 'person:read'],
      expiresInDays: 90,
    });
    expect(token.scopes).toEqual(['person:read', 'user:read']);
    const expiresAt = new Date(deps.clock.now().getTime() + 90 * day);
    expect(token.expiresAt).toEqual(expiresAt);
    expect(store.tables.audit).toHaveLength(1);
    expect(store.tables.audit[0]).toMatchObject({
      action: 'api_token.created',
      entityType: 'api_token',
      entityId: token.id,
      actorUserId: carla.id,
      actorOrganisationId: org.id,
      actorRoles: ['case_worker'],
      clientIp: '203.0.113.40',
      requestId: 'req-token',
      details: {
        name: 'nightly export',
        scopes: ['person:read', 'user:read'],
        expiresAt: expiresAt.toISOString(),
      },
    });
  });

  it('refuses scopes the user does not hold, naming them, and stores nothing', async () => {
    const { store, ctx } = await world();
    const error = await rejects(
      createApiToken(ctx, { name: 'x', scopes: ['person:read', 'audit_log:read', 'user:create'] }),
    );
    expect(error.code).toBe('validation_failed');
    expect(error.details).toMatchObject({ refused: ['audit_log:read', 'user:create'] });
    expect(store.tables.apiTokens.size).toBe(0);
    expect(store.tables.audit).toHaveLength(0);
  });

  it('refuses an empty scope list and made-up scopes', async () => {
    const { store, ctx } = await world();
    expect((await rejects(createApiToken(ctx, { name: 'x', scopes: [] }))).code).toBe('validation_failed');
    expect((await rejects(createApiToken(ctx, { name: 'x', scopes: ['*'] }))).code).toBe('validation_failed');
    expect(store.tables.apiTokens.size).toBe(0);
  });

  it('lets an administrator give only administrator rights, never person data', async () => {
    const { deps } = await world();
    const ops = await addOrganisation(deps, 'system_operator', 'Operator');
    const admin = await addUser(deps, ops, ['system_administrator'], 'admin@example.org');
    const ctx = { ...actAs(deps, ops, admin.roles, admin.id), request };
    await expect(
      createApiToken(ctx, { name: 'ok', scopes: ['user:read', 'organisation:update'] }),
    ).resolves.toBeDefined();
    expect((await rejects(createApiToken(ctx, { name: 'no', scopes: ['person:read'] }))).code).toBe(
      'validation_failed',
    );
  });

  it('cannot be used to create another token, whatever its scopes', async () => {
    const { store, deps, ctx } = await world();
    for (const scopes of [['person:read'], ['api_token:create', 'api_token:read', 'person:read']]) {
      const { secret } = await createApiToken(ctx, { name: 'integration', scopes });
      const actor = await authenticateApiToken(deps, secret);
      const viaToken: Ctx = { ...deps, actor, request };
      const count = store.tables.apiTokens.size;
      const error = await rejects(createApiToken(viaToken, { name: 'child', scopes: ['person:read'] }));
      expect(['forbidden', 'validation_failed']).toContain(error.code);
      expect(store.tables.apiTokens.size).toBe(count);
    }
  });
});

describe('listApiTokens', () => {
  it("lists the user's own tokens, newest first, including revoked ones, and no one else's", async () => {
    const { deps, ctx, danCtx } = await world();
    const first = await createApiToken(ctx, { name: 'first', scopes: ['person:read'] });
    deps.clock.advance(1000);
    const second = await createApiToken(ctx, { name: 'second', scopes: ['person:read'] });
    await createApiToken(danCtx, { name: "dan's", scopes: ['person:read'] });
    await revokeApiToken(ctx, first.token.id);
    const list = await listApiTokens(ctx);
    expect(list.map((t) => t.name)).toEqual(['second', 'first']);
    expect(list[1]?.revokedAt).toEqual(deps.clock.now());
    expect(list[0]?.id).toBe(second.token.id);
  });
});

describe('revokeApiToken', () => {
  it('revokes the token, audits it once, and the token stops working', async () => {
    const { store, deps, ctx, carla } = await world();
    const { token, secret } = await createApiToken(ctx, { name: 'x', scopes: ['person:read'] });
    store.tables.audit.length = 0;
    await revokeApiToken(ctx, token.id);
    await revokeApiToken(ctx, token.id);
    expect(store.tables.apiTokens.get(token.id)?.revokedAt).toEqual(deps.clock.now());
    expect(store.tables.audit).toHaveLength(1);
    expect(store.tables.audit[0]).toMatchObject({
      action: 'api_token.revoked',
      entityType: 'api_token',
      entityId: token.id,
      actorUserId: carla.id,
      requestId: 'req-token',
    });
    expect((await rejects(authenticateApiToken(deps, secret))).code).toBe('unauthenticated');
  });

  it("reports another user's token as not found and leaves it working", async () => {
    const { store, deps, ctx, danCtx } = await world();
    const { token, secret } = await createApiToken(danCtx, { name: "dan's", scopes: ['person:read'] });
    const before = structuredClone(store.tables);
    const error = await rejects(revokeApiToken(ctx, token.id));
    expect(error.code).toBe('not_found');
    const missing = await rejects(revokeApiToken(ctx, 'no-such-token'));
    expect(missing.message).toBe(error.message);
    expect(store.tables).toEqual(before);
    await expect(authenticateApiToken(deps, secret)).resolves.toBeDefined();
  });

  it("an administrator cannot revoke someone else's token either", async () => {
    const { deps, danCtx } = await world();
    const ops = await addOrganisation(deps, 'system_operator', 'Operator');
    const admin = await addUser(deps, ops, ['system_administrator'], 'admin@example.org');
    const { token } = await createApiToken(danCtx, { name: "dan's", scopes: ['person:read'] });
    const adminCtx = { ...actAs(deps, ops, admin.roles, admin.id), request };
    expect((await rejects(revokeApiToken(adminCtx, token.id))).code).toBe('not_found');
  });
});
