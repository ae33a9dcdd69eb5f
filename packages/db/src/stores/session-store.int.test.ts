import type { Store, User } from '@opennrm/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/describe-each-backend.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { anApiToken, anOrganisation, aSession, aUser, t0 } from '../testing/test-fixtures.ts';

describeEachBackend('SessionStore', (open) => {
  let t: TestDatabase;
  let store: Store;
  let user: User;
  let other: User;
  const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

  beforeAll(async () => {
    t = await open();
    store = createStore(t.db);
    const org = anOrganisation();
    await store.organisations.create(org);
    user = aUser(org.id);
    other = aUser(org.id);
    await store.users.create(user);
    await store.users.create(other);
  });
  afterAll(() => t?.close());

  it('creates, finds by token hash and touches', async () => {
    const session = aSession(user.id);
    await store.sessions.create(session);
    expect((await store.sessions.findHolderByTokenHash(session.tokenHash))?.session).toEqual(session);
    expect((await store.sessions.findHolderByTokenHash('unknown'))?.session).toBeUndefined();
    await store.sessions.touch(session.id, minutes(5), minutes(65));
    expect((await store.sessions.findHolderByTokenHash(session.tokenHash))?.session).toEqual({
      ...session,
      lastSeenAt: minutes(5),
      expiresAt: minutes(65),
    });
  });

  it('reads the session with its holder: roles, standing, organisation, confirmed second factor', async () => {
    const org = anOrganisation({ type: 'shelter' });
    await store.organisations.create(org);
    const holder = aUser(org.id, { roles: ['case_worker', 'shelter_manager'] });
    await store.users.create(holder);
    const session = aSession(holder.id);
    await store.sessions.create(session);
    const read = () => store.sessions.findHolderByTokenHash(session.tokenHash);
    expect(await read()).toEqual({
      session,
      user: {
        id: holder.id,
        active: true,
        roles: ['case_worker', 'shelter_manager'],
        organisationId: org.id,
      },
      organisation: { id: org.id, type: 'shelter', active: true },
      secondFactorConfirmed: false,
    });
    await store.secondFactors.savePending({
      userId: holder.id,
      secretSealed: 'sealed',
      confirmedAt: null,
      lastUsedStep: null,
      createdAt: t0,
    });
    expect((await read())?.secondFactorConfirmed).toBe(false);
    await store.secondFactors.confirm(holder.id, minutes(1), 1);
    // Deactivations show on the very next request: nothing is cached.
    await store.users.update(holder.id, { active: false });
    await store.organisations.update(org.id, { active: false });
    expect(await read()).toMatchObject({
      user: { active: false },
      organisation: { active: false },
      secondFactorConfirmed: true,
    });
    expect(await store.sessions.findHolderByTokenHash('unknown')).toBeUndefined();
  });

  it('deletes one, all of a user, and the expired ones', async () => {
    const a = aSession(user.id, { expiresAt: minutes(10) });
    const b = aSession(user.id, { expiresAt: minutes(20) });
    const c = aSession(other.id, { expiresAt: minutes(30) });
    const d = aSession(other.id, { expiresAt: minutes(40) });
    for (const s of [a, b, c, d]) await store.sessions.create(s);
    expect(await store.sessions.delete(a.id)).toBe(1);
    expect(await store.sessions.delete(a.id)).toBe(0);
    // Expired at or before now; the one expiring later stays.
    expect(await store.sessions.deleteExpired(minutes(30))).toBe(2);
    expect((await store.sessions.findHolderByTokenHash(b.tokenHash))?.session).toBeUndefined();
    expect((await store.sessions.findHolderByTokenHash(d.tokenHash))?.session).toBeDefined();
    await store.sessions.create(aSession(other.id, { expiresAt: minutes(99) }));
    expect(await store.sessions.deleteForUser(other.id)).toBe(2);
    expect(await store.sessions.deleteForUser(other.id)).toBe(0);
  });

  it('sessions go with their user', async () => {
    const session = aSession(user.id);
    await store.sessions.create(session);
    await t.db.deleteFrom('users').where('id', '=', user.id).execute();
    expect((await store.sessions.findHolderByTokenHash(session.tokenHash))?.session).toBeUndefined();
  });
});

describeEachBackend('ApiTokenStore', (open) => {
  let t: TestDatabase;
  let store: Store;
  let user: User;

  beforeAll(async () => {
    t = await open();
    store = createStore(t.db);
    const org = anOrganisation();
    await store.organisations.create(org);
    user = aUser(org.id);
    await store.users.create(user);
  });
  afterAll(() => t?.close());

  it('creates, finds, lists newest first and marks used', async () => {
    const older = anApiToken(user.id, { createdAt: t0, scopes: [] });
    const newer = anApiToken(user.id, {
      createdAt: new Date(t0.getTime() + 1),
      expiresAt: new Date('2026-01-01T00:00:00Z'),
    });
    await store.apiTokens.create(older);
    await store.apiTokens.create(newer);
    expect(await store.apiTokens.findByTokenHash(newer.tokenHash)).toEqual(newer);
    expect(await store.apiTokens.get(older.id)).toEqual(older);
    expect((await store.apiTokens.listForUser(user.id)).map((x) => x.id)).toEqual([newer.id, older.id]);
    const used = new Date('2025-03-03T03:03:03.333Z');
    await store.apiTokens.markUsed(older.id, used);
    expect((await store.apiTokens.get(older.id))?.lastUsedAt).toEqual(used);
  });

  it('revokes once (the first revocation time stays), and all of a user', async () => {
    const token = anApiToken(user.id);
    await store.apiTokens.create(token);
    const first = new Date('2025-04-01T00:00:00.001Z');
    expect(await store.apiTokens.revoke(token.id, first)).toBe(1);
    expect(await store.apiTokens.revoke(token.id, new Date())).toBe(0);
    expect((await store.apiTokens.findByTokenHash(token.tokenHash))?.revokedAt).toEqual(first);
    expect(await store.apiTokens.revokeForUser(user.id, first)).toBe(2);
    expect(await store.apiTokens.revokeForUser(user.id, first)).toBe(0);
    expect(await store.apiTokens.revoke(crypto.randomUUID(), first)).toBe(0);
  });
});

describeEachBackend('ThrottleStore', (open) => {
  let t: TestDatabase;
  let store: Store;
  const windowMs = 60_000;
  const at = (ms: number) => new Date(t0.getTime() + ms);

  beforeAll(async () => {
    t = await open();
    store = createStore(t.db);
  });
  afterAll(() => t?.close());

  it('counts hits within a window and starts a new window when it is over', async () => {
    expect(await store.throttle.count('login:a', at(0), windowMs)).toBe(0);
    expect(await store.throttle.hit('login:a', at(0), windowMs)).toBe(1);
    expect(await store.throttle.hit('login:a', at(1000), windowMs)).toBe(2);
    expect(await store.throttle.hit('login:a', at(59_999), windowMs)).toBe(3);
    expect(await store.throttle.count('login:a', at(59_999), windowMs)).toBe(3);
    expect(await store.throttle.count('login:a', at(60_000), windowMs)).toBe(0);
    expect(await store.throttle.hit('login:a', at(60_000), windowMs)).toBe(1);
    expect(await store.throttle.count('login:b', at(60_000), windowMs)).toBe(0);
  });

  it('loses no hit under concurrency, and reset clears', async () => {
    const counts = await Promise.all(
      Array.from({ length: 25 }, () => store.throttle.hit('login:c', at(0), windowMs)),
    );
    expect([...counts].sort((x, y) => x - y)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    await store.throttle.reset('login:c');
    expect(await store.throttle.count('login:c', at(0), windowMs)).toBe(0);
  });
});
