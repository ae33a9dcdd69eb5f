import { describe, expect, it } from 'vitest';
import { createApiToken } from '../api-tokens/create-api-token.ts';
import type { RequestMeta } from '../auth/actor.ts';
import { authenticateApiToken } from '../auth/authenticate-api-token.ts';
import { authenticateSession } from '../auth/authenticate-session.ts';
import { type Role, roles } from '../auth/roles.ts';
import type { Ctx } from '../context.ts';
import type { Organisation, User } from '../model.ts';
import { DomainError } from '../support/errors.ts';
import { addUser, testPassword } from '../testing/add-user.ts';
import { createMemoryStore } from '../testing/memory-store.ts';
import { signInWithPassword as signIn } from '../testing/sign-in-with-password.ts';
import { actAs, addOrganisation, createTestDeps, testRequest } from '../testing/test-deps.ts';
import { createUser } from './create-user.ts';
import { getUser, listUsers } from './list-users.ts';
import { provisionUser } from './provision-user.ts';
import { setUserPassword, unlockUser } from './set-user-password.ts';
import { updateUser } from './update-user.ts';

const password = testPassword;
const request: RequestMeta = { requestId: 'req-users', clientIp: '203.0.113.60', userAgent: 'browser' };

async function world() {
  const store = createMemoryStore();
  const deps = createTestDeps(store);
  const operator = await addOrganisation(deps, 'system_operator', 'Operator');
  const ngo = await addOrganisation(deps, 'ngo', 'Clean Start NGO');
  const police = await addOrganisation(deps, 'police', 'Anti-trafficking unit');
  const add = (org: Organisation, r: Role[], email: string, displayName = email): Promise<User> =>
    addUser(deps, org, r, email, { displayName, password });
  const adminUser = await add(operator, ['system_administrator'], 'admin@example.org', 'Admin');
  const carla = await add(ngo, ['case_worker'], 'carla@example.org', 'Carla');
  const nina = await add(ngo, ['shelter_manager'], 'nina@example.org', 'Nina');
  const ivan = await add(police, ['investigator'], 'ivan@example.org', 'Ivan');
  const ctxFor = (user: User, org: Organisation): Ctx => ({
    ...actAs(deps, org, user.roles, user.id),
    request,
  });
  const admin = ctxFor(adminUser, operator);
  return { store, deps, operator, ngo, police, add, adminUser, carla, nina, ivan, admin, ctxFor };
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

const newUser = (organisationId: string) => ({
  email: '  New.Person@Example.org ',
  displayName: '  New Person ',
  organisationId,
  roles: ['case_worker', 'investigator', 'case_worker'] as Role[],
  password: 'a long enough passphrase',
});

describe('createUser', () => {
  it('lets the administrator create a user who can then sign in; audits without the password', async () => {
    const { store, deps, admin, adminUser, operator, ngo } = await world();
    const user = await createUser(admin, newUser(ngo.id));
    expect(user).toMatchObject({
      email: 'new.person@example.org',
      displayName: 'New Person',
      organisationId: ngo.id,
      roles: ['case_worker', 'investigator'],
      active: true,
      locale: 'en',
      failedLogins: 0,
    });
    expect(user.passwordHash).not.toBe('a long enough passphrase');
    expect(store.tables.users.get(user.id)).toEqual(user);
    expect(store.tables.audit).toHaveLength(1);
    expect(store.tables.audit[0]).toMatchObject({
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      actorUserId: adminUser.id,
      actorOrganisationId: operator.id,
      actorRoles: ['system_administrator'],
      clientIp: '203.0.113.60',
      requestId: 'req-users',
      details: {
        email: 'new.person@example.org',
        organisationId: ngo.id,
        roles: ['case_worker', 'investigator'],
      },
    });
    expect(JSON.stringify(store.tables.audit)).not.toContain('passphrase');
    await expect(
      signIn(deps, { email: 'new.person@example.org', password: 'a long enough passphrase' }, testRequest),
    ).resolves.toBeDefined();
  });

  it.each(roles.filter((r) => r !== 'system_administrator'))('refuses a %s', async (role) => {
    const { store, ngo, ctxFor, add } = await world();
    const someone = await add(ngo, [role], `${role}@example.org`);
    const before = structuredClone(store.tables);
    const error = await rejects(createUser(ctxFor(someone, ngo), newUser(ngo.id)));
    expect(error.code).toBe('forbidden');
    expect(store.tables).toEqual(before);
  });

  it('refuses a too short password and one containing the email name', async () => {
    const { store, admin, ngo } = await world();
    const before = structuredClone(store.tables);
    const short = await rejects(createUser(admin, { ...newUser(ngo.id), password: 'short' }));
    expect(short.code).toBe('validation_failed');
    expect(short.details).toMatchObject({ fields: { password: 'too_short' } });
    const named = await rejects(
      createUser(admin, { ...newUser(ngo.id), password: 'New.Person-2026-spring' }),
    );
    expect(named.details).toMatchObject({ fields: { password: 'contains_email' } });
    expect(store.tables).toEqual(before);
  });

  it('refuses a duplicate email in any case with conflict', async () => {
    const { store, admin, ngo } = await world();
    const before = structuredClone(store.tables);
    const error = await rejects(createUser(admin, { ...newUser(ngo.id), email: ' CARLA@example.ORG' }));
    expect(error.code).toBe('conflict');
    expect(error.details).toEqual({ fields: { email: 'taken' } });
    expect(store.tables).toEqual(before);
  });

  it('refuses no roles, and an unknown or inactive organisation', async () => {
    const { store, admin, ngo } = await world();
    expect((await rejects(createUser(admin, { ...newUser(ngo.id), roles: [] }))).code).toBe(
      'validation_failed',
    );
    expect((await rejects(createUser(admin, newUser('missing')))).code).toBe('validation_failed');
    await store.organisations.update(ngo.id, { active: false });
    expect((await rejects(createUser(admin, newUser(ngo.id)))).code).toBe('validation_failed');
    expect(store.tables.audit).toHaveLength(0);
  });
});

describe('provisionUser', () => {
  it('creates a user on the operator’s authority, audited with no actor and the channel', async () => {
    const { store, deps, ngo } = await world();
    const user = await provisionUser(deps, newUser(ngo.id), 'cli');
    expect(store.tables.audit[0]).toMatchObject({
      action: 'user.created',
      entityId: user.id,
      actorUserId: null,
      actorOrganisationId: null,
      actorRoles: [],
      clientIp: null,
      requestId: null,
      details: { via: 'cli', email: 'new.person@example.org' },
    });
  });
});

describe('updateUser', () => {
  it('never lets a user change their own roles, organisation or status, even an administrator', async () => {
    const { store, admin, adminUser, ngo } = await world();
    const before = structuredClone(store.tables);
    for (const change of [
      { roles: ['system_administrator', 'auditor'] as Role[] },
      { roles: ['system_administrator'] as Role[] },
      { organisationId: ngo.id },
      { active: false },
      { active: true },
    ]) {
      const error = await rejects(updateUser(admin, adminUser.id, change));
      expect(error.code, JSON.stringify(change)).toBe('forbidden');
    }
    expect(store.tables).toEqual(before);
  });

  it('lets a user who is an administrator change their own display name', async () => {
    const { admin, adminUser } = await world();
    await expect(updateUser(admin, adminUser.id, { displayName: ' The Admin ' })).resolves.toMatchObject({
      displayName: 'The Admin',
    });
  });

  it.each(roles.filter((r) => r !== 'system_administrator'))(
    'refuses a %s, even on themselves',
    async (role) => {
      const { store, ngo, ctxFor, add, carla } = await world();
      const someone = await add(ngo, [role], `${role}@example.org`);
      const ctx = ctxFor(someone, ngo);
      const before = structuredClone(store.tables);
      expect((await rejects(updateUser(ctx, carla.id, { displayName: 'x' }))).code).toBe('forbidden');
      expect((await rejects(updateUser(ctx, someone.id, { roles: ['system_administrator'] }))).code).toBe(
        'forbidden',
      );
      expect(store.tables).toEqual(before);
    },
  );

  it("changing roles ends the target's sessions at once (tokens stay, narrowed at use) and is audited with before/after", async () => {
    const { store, deps, admin, adminUser, carla } = await world();
    const { sessionToken } = await signIn(deps, { email: carla.email, password }, testRequest);
    const { token } = await createApiToken(
      { ...deps, actor: (await authenticateSession(deps, sessionToken)).actor, request },
      {
        name: 'sync',
        scopes: ['person:read'],
      },
    );
    store.tables.audit.length = 0;
    const updated = await updateUser(admin, carla.id, { roles: ['prosecutor', 'case_worker'] });
    expect(updated.roles).toEqual(['case_worker', 'prosecutor']);
    expect(store.tables.users.get(carla.id)?.roles).toEqual(['case_worker', 'prosecutor']);
    expect((await rejects(authenticateSession(deps, sessionToken))).code).toBe('unauthenticated');
    expect(store.tables.apiTokens.get(token.id)?.revokedAt).toBeNull();
    expect(store.tables.audit).toHaveLength(1);
    expect(store.tables.audit[0]).toMatchObject({
      action: 'user.updated',
      entityType: 'user',
      entityId: carla.id,
      actorUserId: adminUser.id,
      requestId: 'req-users',
      clientIp: '203.0.113.60',
      details: {
        changes: { roles: ['prosecutor', 'case_worker'] },
        before: { roles: ['case_worker'] },
        sessionsEnded: true,
      },
    });
  });

  it('deactivating ends the sessions and revokes the API tokens', async () => {
    const { store, deps, admin, carla } = await world();
    const { sessionToken } = await signIn(deps, { email: carla.email, password }, testRequest);
    const carlaCtx: Ctx = { ...deps, actor: (await authenticateSession(deps, sessionToken)).actor, request };
    const { token, secret } = await createApiToken(carlaCtx, { name: 'sync', scopes: ['person:read'] });
    await updateUser(admin, carla.id, { active: false });
    expect(store.tables.users.get(carla.id)?.active).toBe(false);
    expect((await rejects(authenticateSession(deps, sessionToken))).code).toBe('unauthenticated');
    expect(store.tables.apiTokens.get(token.id)?.revokedAt).toEqual(deps.clock.now());
    // Reactivating does not bring the token back.
    await updateUser(admin, carla.id, { active: true });
    expect((await rejects(authenticateApiToken(deps, secret))).code).toBe('unauthenticated');
    await expect(signIn(deps, { email: carla.email, password }, testRequest)).resolves.toBeDefined();
  });

  it('moving a user to another organisation ends sessions and revokes tokens', async () => {
    const { store, deps, admin, carla, police } = await world();
    const { sessionToken } = await signIn(deps, { email: carla.email, password }, testRequest);
    const carlaCtx: Ctx = { ...deps, actor: (await authenticateSession(deps, sessionToken)).actor, request };
    const { token } = await createApiToken(carlaCtx, { name: 'sync', scopes: ['person:read'] });
    await updateUser(admin, carla.id, { organisationId: police.id });
    expect(store.tables.users.get(carla.id)?.organisationId).toBe(police.id);
    expect(store.tables.sessions.size).toBe(0);
    expect(store.tables.apiTokens.get(token.id)?.revokedAt).not.toBeNull();
  });

  it('a display-name change ends no session', async () => {
    const { store, deps, admin, carla } = await world();
    await signIn(deps, { email: carla.email, password }, testRequest);
    await updateUser(admin, carla.id, { displayName: 'Carla M.' });
    expect(store.tables.sessions.size).toBe(1);
    expect(store.tables.audit.at(-1)?.details).toMatchObject({ sessionsEnded: false });
  });

  it('refuses empty roles, an unknown or inactive organisation and an unknown user; nothing changes', async () => {
    const { store, deps, admin, carla } = await world();
    await signIn(deps, { email: carla.email, password }, testRequest);
    const closed = await addOrganisation(deps, 'shelter', 'Closed');
    await store.organisations.update(closed.id, { active: false });
    const before = structuredClone(store.tables);
    expect((await rejects(updateUser(admin, carla.id, { roles: [] }))).code).toBe('validation_failed');
    expect((await rejects(updateUser(admin, carla.id, { organisationId: 'missing' }))).code).toBe(
      'validation_failed',
    );
    expect((await rejects(updateUser(admin, carla.id, { organisationId: closed.id }))).code).toBe(
      'validation_failed',
    );
    expect((await rejects(updateUser(admin, 'missing', { displayName: 'x' }))).code).toBe('not_found');
    expect(store.tables).toEqual(before);
  });
});

describe('listUsers and getUser', () => {
  const names = (users: User[]) => users.map((u) => u.displayName);

  it('a case worker sees only the users of their own organisation', async () => {
    const { ngo, carla, ctxFor } = await world();
    expect(names(await listUsers(ctxFor(carla, ngo), {}))).toEqual(['Carla', 'Nina']);
  });

  it('the administrator and the auditor see everyone', async () => {
    const { ngo, admin, add, ctxFor } = await world();
    const auditor = await add(ngo, ['auditor'], 'audrey@example.org', 'Audrey');
    const all = ['Admin', 'Audrey', 'Carla', 'Ivan', 'Nina'];
    expect(names(await listUsers(admin, {}))).toEqual(all);
    expect(names(await listUsers(ctxFor(auditor, ngo), {}))).toEqual(all);
  });

  it('the national coordinator sees their own organisation', async () => {
    const { deps, add, ctxFor } = await world();
    const office = await addOrganisation(deps, 'coordinator', "Coordinator's office");
    const coordinator = await add(office, ['national_coordinator'], 'nc@example.org', 'Nadir');
    await add(office, ['national_coordinator'], 'nc2@example.org', 'Nargiz');
    expect(names(await listUsers(ctxFor(coordinator, office), {}))).toEqual(['Nadir', 'Nargiz']);
  });

  it('a filter never widens what the actor may see', async () => {
    const { ngo, police, carla, ctxFor } = await world();
    expect(await listUsers(ctxFor(carla, ngo), { organisationId: police.id })).toEqual([]);
    expect(await listUsers(ctxFor(carla, ngo), { search: 'ivan' })).toEqual([]);
  });

  it('a token without user:read cannot list users', async () => {
    const { ngo, carla, ctxFor } = await world();
    const ctx = ctxFor(carla, ngo);
    ctx.actor = { ...ctx.actor, tokenScopes: ['person:read'] };
    expect((await rejects(listUsers(ctx, {}))).code).toBe('forbidden');
  });

  it('getUser returns colleagues and reports anyone out of reach as not found', async () => {
    const { ngo, carla, nina, ivan, ctxFor, admin } = await world();
    const ctx = ctxFor(carla, ngo);
    expect((await getUser(ctx, nina.id)).email).toBe('nina@example.org');
    expect((await getUser(ctx, carla.id)).email).toBe('carla@example.org');
    const out = await rejects(getUser(ctx, ivan.id));
    const missing = await rejects(getUser(ctx, 'missing'));
    expect(out.code).toBe('not_found');
    expect(out.message).toBe(missing.message);
    expect((await getUser(admin, ivan.id)).id).toBe(ivan.id);
  });
});

describe('setUserPassword', () => {
  it('sets a new password, clears a lockout, ends the sessions and audits without the password', async () => {
    const { store, deps, admin, adminUser, carla } = await world();
    const { sessionToken } = await signIn(deps, { email: carla.email, password }, testRequest);
    await store.users.update(carla.id, {
      failedLogins: 5,
      lockedUntil: new Date(deps.clock.now().getTime() + 600_000),
    });
    store.tables.audit.length = 0;
    await setUserPassword(admin, carla.id, 'freshly issued passphrase');
    expect((await rejects(authenticateSession(deps, sessionToken))).code).toBe('unauthenticated');
    await expect(
      signIn(deps, { email: carla.email, password: 'freshly issued passphrase' }, testRequest),
    ).resolves.toBeDefined();
    expect(store.tables.audit[0]).toMatchObject({
      action: 'user.password_reset',
      entityType: 'user',
      entityId: carla.id,
      actorUserId: adminUser.id,
      requestId: 'req-users',
    });
    expect(JSON.stringify(store.tables.audit)).not.toContain('freshly');
  });

  it('refuses the administrator’s own password, weak passwords, non-administrators and unknown users', async () => {
    const { store, admin, adminUser, carla, nina, ngo, ctxFor } = await world();
    const before = structuredClone(store.tables);
    expect((await rejects(setUserPassword(admin, adminUser.id, 'a long enough passphrase'))).code).toBe(
      'forbidden',
    );
    expect((await rejects(setUserPassword(admin, carla.id, 'short'))).code).toBe('validation_failed');
    expect((await rejects(setUserPassword(admin, carla.id, 'carla is the best 2026'))).code).toBe(
      'validation_failed',
    );
    expect(
      (await rejects(setUserPassword(ctxFor(nina, ngo), carla.id, 'a long enough passphrase'))).code,
    ).toBe('forbidden');
    expect((await rejects(setUserPassword(admin, 'missing', 'a long enough passphrase'))).code).toBe(
      'not_found',
    );
    expect(store.tables).toEqual(before);
  });
});

describe('unlockUser', () => {
  it('lifts a lockout early so the person can sign in, and audits it', async () => {
    const { store, deps, admin, adminUser, carla } = await world();
    for (let i = 0; i < deps.security.lockoutThreshold; i++) {
      await rejects(signIn(deps, { email: carla.email, password: 'wrong' }, testRequest));
    }
    expect((await rejects(signIn(deps, { email: carla.email, password }, testRequest))).code).toBe('locked');
    store.tables.audit.length = 0;
    const unlocked = await unlockUser(admin, carla.id);
    expect(unlocked).toMatchObject({ failedLogins: 0, lockedUntil: null });
    expect(store.tables.users.get(carla.id)).toMatchObject({ failedLogins: 0, lockedUntil: null });
    expect(store.tables.audit[0]).toMatchObject({
      action: 'user.unlocked',
      entityId: carla.id,
      actorUserId: adminUser.id,
    });
    await expect(signIn(deps, { email: carla.email, password }, testRequest)).resolves.toBeDefined();
  });

  it('refuses a non-administrator and an unknown user', async () => {
    const { store, carla, nina, ngo, ctxFor, admin } = await world();
    const before = structuredClone(store.tables);
    expect((await rejects(unlockUser(ctxFor(nina, ngo), carla.id))).code).toBe('forbidden');
    expect((await rejects(unlockUser(admin, 'missing'))).code).toBe('not_found');
    expect(store.tables).toEqual(before);
  });
});
