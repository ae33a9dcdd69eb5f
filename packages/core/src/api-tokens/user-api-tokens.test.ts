import { describe, expect, it } from 'vitest';
import type { RequestMeta } from '../auth/actor.ts';
import { authenticateApiToken } from '../auth/authenticate-api-token.ts';
import type { Ctx } from '../context.ts';
import { changeOwnPassword } from '../me/change-own-password.ts';
import { DomainError } from '../support/errors.ts';
import { addUser, testPassword } from '../testing/add-user.ts';
import { createMemoryStore } from '../testing/memory-store.ts';
import { actAs, addOrganisation, createTestDeps } from '../testing/test-deps.ts';
import { setUserPassword } from '../users/set-user-password.ts';
import { createApiToken } from './create-api-token.ts';
import { listUserApiTokens } from './list-user-api-tokens.ts';
import { revokeUserApiToken } from './revoke-user-api-token.ts';
import { revokeUserApiTokens } from './revoke-user-api-tokens.ts';

const request: RequestMeta = { requestId: 'req-admin', clientIp: '203.0.113.41', userAgent: 'browser' };
const password = testPassword;
const day = 86_400_000;

async function world() {
  const store = createMemoryStore();
  const deps = createTestDeps(store);
  const ngo = await addOrganisation(deps, 'ngo', 'Clean Start NGO');
  const ops = await addOrganisation(deps, 'system_operator', 'Operator');
  const carla = await addUser(deps, ngo, ['case_worker'], 'carla@example.org');
  const dan = await addUser(deps, ngo, ['case_worker'], 'dan@example.org');
  const admin = await addUser(deps, ops, ['system_administrator'], 'admin@example.org');
  const carlaCtx: Ctx = { ...actAs(deps, ngo, carla.roles, carla.id), request };
  const danCtx: Ctx = { ...actAs(deps, ngo, dan.roles, dan.id), request };
  const adminCtx: Ctx = { ...actAs(deps, ops, admin.roles, admin.id), request };
  const { token, secret } = await createApiToken(carlaCtx, { name: 'sync', scopes: ['person:read'] });
  return { store, deps, carla, admin, carlaCtx, danCtx, adminCtx, token, secret };
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

describe('API tokens end', () => {
  it('after 90 days when no expiry is asked for, and a longer one than allowed is refused', async () => {
    const { deps, secret, token, carlaCtx } = await world();
    expect(token.expiresAt).toEqual(new Date(deps.clock.now().getTime() + 90 * day));
    deps.clock.advance(90 * day - 1000);
    await expect(authenticateApiToken(deps, secret)).resolves.toBeDefined();
    deps.clock.advance(1000);
    expect((await rejects(authenticateApiToken(deps, secret))).code).toBe('unauthenticated');
    const long = await rejects(
      createApiToken(carlaCtx, { name: 'x', scopes: ['person:read'], expiresInDays: 367 }),
    );
    expect(long.details).toMatchObject({ fields: { expiresInDays: 'out_of_range' }, maxDays: 366 });
  });

  it('when the user changes their password: revoked, counted in the audit event', async () => {
    const { store, deps, secret, token, carlaCtx } = await world();
    await changeOwnPassword(carlaCtx, { currentPassword: password, newPassword: 'a brand new passphrase' });
    expect(store.tables.apiTokens.get(token.id)?.revokedAt).toEqual(deps.clock.now());
    expect((await rejects(authenticateApiToken(deps, secret))).code).toBe('unauthenticated');
    expect(store.tables.audit.at(-1)).toMatchObject({
      action: 'user.password_changed',
      details: { tokensRevoked: 1 },
    });
  });

  it('when an administrator resets the password: revoked, counted in the audit event', async () => {
    const { store, deps, secret, carla, adminCtx } = await world();
    await setUserPassword(adminCtx, carla.id, 'freshly issued passphrase');
    expect((await rejects(authenticateApiToken(deps, secret))).code).toBe('unauthenticated');
    expect(store.tables.audit.at(-1)).toMatchObject({
      action: 'user.password_reset',
      entityId: carla.id,
      details: { tokensRevoked: 1, sessionsEnded: 0 },
    });
  });
});

describe("an administrator and another user's tokens", () => {
  it('lists them without secrets and revokes one, audited once', async () => {
    const { store, deps, carla, admin, adminCtx, token, secret } = await world();
    const list = await listUserApiTokens(adminCtx, carla.id);
    expect(list.map((t) => t.id)).toEqual([token.id]);
    store.tables.audit.length = 0;
    await revokeUserApiToken(adminCtx, carla.id, token.id);
    await revokeUserApiToken(adminCtx, carla.id, token.id);
    expect((await rejects(authenticateApiToken(deps, secret))).code).toBe('unauthenticated');
    expect(store.tables.audit).toHaveLength(1);
    expect(store.tables.audit[0]).toMatchObject({
      action: 'api_token.revoked',
      entityId: token.id,
      actorUserId: admin.id,
      details: { userId: carla.id, name: 'sync' },
    });
  });

  it('revokes all of them at once and says how many', async () => {
    const { store, deps, carla, carlaCtx, adminCtx, secret } = await world();
    const second = await createApiToken(carlaCtx, { name: 'report', scopes: ['person:read'] });
    expect(await revokeUserApiTokens(adminCtx, carla.id)).toBe(2);
    expect(await revokeUserApiTokens(adminCtx, carla.id)).toBe(0);
    for (const s of [secret, second.secret]) {
      expect((await rejects(authenticateApiToken(deps, s))).code).toBe('unauthenticated');
    }
    expect(store.tables.audit.filter((e) => e.action === 'user.api_tokens_revoked')).toEqual([
      expect.objectContaining({ entityId: carla.id, details: { tokensRevoked: 2 } }),
    ]);
  });

  it('refuses a colleague, and reports a token of someone else as not found', async () => {
    const { store, carla, admin, danCtx, adminCtx, token } = await world();
    const before = structuredClone(store.tables);
    expect((await rejects(listUserApiTokens(danCtx, carla.id))).code).toBe('forbidden');
    expect((await rejects(revokeUserApiToken(danCtx, carla.id, token.id))).code).toBe('forbidden');
    expect((await rejects(revokeUserApiTokens(danCtx, carla.id))).code).toBe('forbidden');
    expect((await rejects(revokeUserApiToken(adminCtx, admin.id, token.id))).code).toBe('not_found');
    expect((await rejects(listUserApiTokens(adminCtx, 'missing'))).code).toBe('not_found');
    expect(store.tables).toEqual(before);
  });
});
