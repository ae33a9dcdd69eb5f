import { describe, expect, expectTypeOf, it } from 'vitest';
import type { RequestMeta } from '../auth/actor.ts';
import { DomainError } from '../support/errors.ts';
import { addUser } from '../testing/add-user.ts';
import { createMemoryStore } from '../testing/memory-store.ts';
import { actAs, addOrganisation, createTestDeps } from '../testing/test-deps.ts';
import { updateMyProfile } from './update-my-profile.ts';

const request: RequestMeta = { requestId: 'req-profile', clientIp: '203.0.113.30', userAgent: 'tablet' };

async function world() {
  const store = createMemoryStore();
  const deps = createTestDeps(store);
  const org = await addOrganisation(deps, 'hotline', 'Hotline 152');
  const user = await addUser(deps, org, ['hotline_operator'], 'leyla@example.org', { displayName: 'Leyla' });
  const ctx = { ...actAs(deps, org, ['hotline_operator'], user.id), request };
  return { store, deps, org, user, ctx };
}

describe('updateMyProfile', () => {
  it('changes the display name and the language and returns the stored user', async () => {
    const { store, deps, user, ctx } = await world();
    deps.clock.advance(5000);
    const updated = await updateMyProfile(ctx, { displayName: 'Leyla M.', locale: 'az' });
    expect(updated).toMatchObject({
      id: user.id,
      displayName: 'Leyla M.',
      locale: 'az',
      updatedAt: deps.clock.now(),
    });
    expect(store.tables.users.get(user.id)).toEqual(updated);
  });

  it('leaves roles, organisation, status, email and password as they were', async () => {
    const { store, user, ctx } = await world();
    await updateMyProfile(ctx, { displayName: 'Someone', locale: 'ru' });
    const { displayName: _d, locale: _l, updatedAt: _u, ...rest } = store.tables.users.get(user.id)!;
    const { displayName: _d0, locale: _l0, updatedAt: _u0, ...before } = user;
    expect(rest).toEqual(before);
  });

  it('only accepts displayName and locale (roles, organisation and status are not part of the input type)', () => {
    type ProfileInput = Parameters<typeof updateMyProfile>[1];
    expectTypeOf<keyof ProfileInput>().toEqualTypeOf<'displayName' | 'locale'>();
    expectTypeOf<ProfileInput>().not.toHaveProperty('roles');
    expectTypeOf<ProfileInput>().not.toHaveProperty('organisationId');
    expectTypeOf<ProfileInput>().not.toHaveProperty('active');
  });

  it('audits which fields changed, not their values, with the request context', async () => {
    const { store, org, user, ctx } = await world();
    await updateMyProfile(ctx, { locale: 'az' });
    expect(store.tables.audit).toHaveLength(1);
    expect(store.tables.audit[0]).toMatchObject({
      action: 'user.profile_updated',
      entityType: 'user',
      entityId: user.id,
      actorUserId: user.id,
      actorOrganisationId: org.id,
      actorRoles: ['hotline_operator'],
      clientIp: '203.0.113.30',
      requestId: 'req-profile',
      details: { fields: ['locale'] },
    });
  });

  it('reports a missing user as not found and records nothing', async () => {
    const { store, deps, org } = await world();
    const ghost = actAs(deps, org, ['case_worker']);
    const before = structuredClone(store.tables);
    await expect(updateMyProfile(ghost, { displayName: 'x' })).rejects.toSatisfy(
      (e) => e instanceof DomainError && e.code === 'not_found',
    );
    expect(store.tables).toEqual(before);
  });
});
