import { describe, expect, it } from 'vitest';
import type { RequestMeta } from '../auth/actor.ts';
import { type Role, roles } from '../auth/roles.ts';
import type { Ctx } from '../context.ts';
import type { Organisation } from '../model.ts';
import { DomainError } from '../support/errors.ts';
import { createMemoryStore } from '../testing/memory-store.ts';
import { actAs, addOrganisation, createTestDeps } from '../testing/test-deps.ts';
import { createOrganisation } from './create-organisation.ts';
import { getOrganisation, listOrganisations } from './list-organisations.ts';
import { revealOrganisationAddress } from './reveal-organisation-address.ts';
import { updateOrganisation } from './update-organisation.ts';

const request: RequestMeta = { requestId: 'req-org', clientIp: '203.0.113.50', userAgent: 'browser' };
const secretAddress = 'Bakı, Nizami küç. 17, mənzil 4';

async function world() {
  const store = createMemoryStore();
  const deps = createTestDeps(store);
  const operator = await addOrganisation(deps, 'system_operator', 'Operator');
  const ngo = await addOrganisation(deps, 'ngo', 'Clean Start NGO');
  const as = (org: Organisation, r: Role[]): Ctx => ({ ...actAs(deps, org, r), request });
  const admin = as(operator, ['system_administrator']);
  return { store, deps, operator, ngo, admin, as };
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

describe('createOrganisation', () => {
  it('lets the administrator create an organisation and audits it', async () => {
    const { store, admin, operator } = await world();
    const org = await createOrganisation(admin, {
      name: '  Safe House  ',
      type: 'shelter',
      region: ' Baku ',
    });
    expect(org).toMatchObject({
      name: 'Safe House',
      type: 'shelter',
      region: 'Baku',
      active: true,
      parentId: null,
    });
    expect(store.tables.organisations.get(org.id)).toEqual(org);
    expect(store.tables.audit).toHaveLength(1);
    expect(store.tables.audit[0]).toMatchObject({
      action: 'organisation.created',
      entityType: 'organisation',
      entityId: org.id,
      actorUserId: admin.actor.userId,
      actorOrganisationId: operator.id,
      actorRoles: ['system_administrator'],
      clientIp: '203.0.113.50',
      requestId: 'req-org',
      details: { name: 'Safe House', type: 'shelter', region: 'Baku', hasAddress: false },
    });
  });

  it.each(roles.filter((r) => r !== 'system_administrator'))('refuses a %s', async (role) => {
    const { store, ngo, as } = await world();
    const before = structuredClone(store.tables);
    const error = await rejects(createOrganisation(as(ngo, [role]), { name: 'New body', type: 'ngo' }));
    expect(error.code).toBe('forbidden');
    expect(store.tables).toEqual(before);
  });

  it('refuses a duplicate name (after trimming) with conflict and records nothing', async () => {
    const { store, admin } = await world();
    const before = structuredClone(store.tables);
    const error = await rejects(createOrganisation(admin, { name: ' Clean Start NGO ', type: 'shelter' }));
    expect(error.code).toBe('conflict');
    expect(error.details).toEqual({ fields: { name: 'taken' } });
    expect(store.tables).toEqual(before);
  });

  it('refuses an unknown parent', async () => {
    const { store, admin } = await world();
    const error = await rejects(createOrganisation(admin, { name: 'Branch', type: 'ngo', parentId: 'nope' }));
    expect(error.code).toBe('validation_failed');
    expect(store.tables.organisations.size).toBe(2);
    expect(store.tables.audit).toHaveLength(0);
  });

  it('seals the address at rest and keeps it out of the audit log', async () => {
    const { store, admin } = await world();
    const org = await createOrganisation(admin, {
      name: 'Safe House',
      type: 'shelter',
      address: secretAddress,
    });
    const row = store.tables.organisations.get(org.id)!;
    expect(row.addressSealed).toBeTruthy();
    expect(JSON.stringify(row)).not.toContain('Nizami');
    expect(JSON.stringify(org)).not.toContain('Nizami');
    expect(JSON.stringify(store.tables.audit)).not.toContain('Nizami');
    expect(store.tables.audit[0]?.details).toMatchObject({ hasAddress: true });
  });
});

describe('updateOrganisation', () => {
  it('lets the administrator rename and move an organisation, auditing the visible changes', async () => {
    const { store, deps, admin, operator, ngo } = await world();
    deps.clock.advance(1000);
    const updated = await updateOrganisation(admin, ngo.id, {
      name: 'Clean Start',
      region: 'Ganja',
      parentId: operator.id,
    });
    expect(updated).toMatchObject({
      name: 'Clean Start',
      region: 'Ganja',
      parentId: operator.id,
      updatedAt: deps.clock.now(),
    });
    expect(store.tables.organisations.get(ngo.id)).toEqual(updated);
    expect(store.tables.audit[0]).toMatchObject({
      action: 'organisation.updated',
      entityId: ngo.id,
      actorUserId: admin.actor.userId,
      requestId: 'req-org',
      details: {
        changes: { name: 'Clean Start', region: 'Ganja', parentId: operator.id },
        addressChanged: false,
      },
    });
  });

  it.each(roles.filter((r) => r !== 'system_administrator'))(
    'refuses a %s, even for their own organisation',
    async (role) => {
      const { store, ngo, as } = await world();
      const before = structuredClone(store.tables);
      const error = await rejects(updateOrganisation(as(ngo, [role]), ngo.id, { name: 'Renamed' }));
      expect(error.code).toBe('forbidden');
      expect(store.tables).toEqual(before);
    },
  );

  it('refuses a name another organisation has, but accepts keeping its own', async () => {
    const { store, admin, ngo } = await world();
    expect((await rejects(updateOrganisation(admin, ngo.id, { name: 'Operator' }))).code).toBe('conflict');
    await expect(updateOrganisation(admin, ngo.id, { name: 'Clean Start NGO' })).resolves.toBeDefined();
    expect(store.tables.organisations.get(ngo.id)?.name).toBe('Clean Start NGO');
  });

  it('refuses to deactivate the administrator’s own organisation and to make one its own parent', async () => {
    const { store, admin, operator, ngo } = await world();
    const before = structuredClone(store.tables);
    expect((await rejects(updateOrganisation(admin, operator.id, { active: false }))).code).toBe(
      'validation_failed',
    );
    expect((await rejects(updateOrganisation(admin, ngo.id, { parentId: ngo.id }))).code).toBe(
      'validation_failed',
    );
    expect((await rejects(updateOrganisation(admin, ngo.id, { parentId: 'missing' }))).code).toBe(
      'validation_failed',
    );
    expect((await rejects(updateOrganisation(admin, 'missing', { name: 'x' }))).code).toBe('not_found');
    expect(store.tables).toEqual(before);
  });

  it('seals a new address and never puts it in the audit details', async () => {
    const { store, admin, ngo, as } = await world();
    await updateOrganisation(admin, ngo.id, { address: secretAddress });
    expect(JSON.stringify(store.tables.organisations.get(ngo.id))).not.toContain('Nizami');
    expect(JSON.stringify(store.tables.audit)).not.toContain('Nizami');
    expect(store.tables.audit[0]?.details).toEqual({ changes: {}, addressChanged: true });
    expect(await revealOrganisationAddress(as(ngo, ['case_worker']), ngo.id)).toBe(secretAddress);
    await updateOrganisation(admin, ngo.id, { address: null });
    expect(store.tables.organisations.get(ngo.id)?.addressSealed).toBeNull();
  });
});

describe('revealOrganisationAddress', () => {
  async function shelterWorld() {
    const w = await world();
    const shelter = await createOrganisation(w.admin, {
      name: 'Safe House',
      type: 'shelter',
      address: secretAddress,
    });
    w.store.tables.audit.length = 0;
    return { ...w, shelter };
  }

  it('refuses the administrator who registered it (replace, never read back), without an audit event', async () => {
    const { store, admin, shelter } = await shelterWorld();
    expect((await rejects(revealOrganisationAddress(admin, shelter.id))).code).toBe('forbidden');
    expect(store.tables.audit).toHaveLength(0);
  });

  it('records who revealed it, from where, before returning it', async () => {
    const { store, as, shelter } = await shelterWorld();
    const manager = as(shelter, ['shelter_manager']);
    expect(await revealOrganisationAddress(manager, shelter.id)).toBe(secretAddress);
    expect(store.tables.audit).toHaveLength(1);
    expect(store.tables.audit[0]).toMatchObject({
      action: 'organisation.address_revealed',
      entityType: 'organisation',
      entityId: shelter.id,
      actorUserId: manager.actor.userId,
      actorOrganisationId: shelter.id,
      actorRoles: ['shelter_manager'],
      clientIp: '203.0.113.50',
      requestId: 'req-org',
    });
    expect(JSON.stringify(store.tables.audit)).not.toContain('Nizami');
  });

  it('reveals it to a member of the organisation itself, recorded', async () => {
    const { store, as, shelter } = await shelterWorld();
    const manager = as(shelter, ['shelter_manager']);
    expect(await revealOrganisationAddress(manager, shelter.id)).toBe(secretAddress);
    expect(store.tables.audit.map((e) => [e.action, e.actorUserId])).toEqual([
      ['organisation.address_revealed', manager.actor.userId],
    ]);
  });

  it.each(roles)('refuses a %s of another organisation, without an audit event', async (role) => {
    const { store, ngo, as, shelter } = await shelterWorld();
    const error = await rejects(revealOrganisationAddress(as(ngo, [role]), shelter.id));
    expect(error.code).toBe('forbidden');
    expect(store.tables.audit).toHaveLength(0);
  });

  it('returns null without recording when there is no address, and not_found for an unknown id', async () => {
    const { store, ngo, as } = await shelterWorld();
    const worker = as(ngo, ['case_worker']);
    expect(await revealOrganisationAddress(worker, ngo.id)).toBeNull();
    expect((await rejects(revealOrganisationAddress(worker, 'missing'))).code).toBe('not_found');
    expect(store.tables.audit).toHaveLength(0);
  });

  it('does not return the address when the reveal cannot be recorded', async () => {
    const { store, as, shelter } = await shelterWorld();
    store.audit.append = async () => {
      throw new Error('audit log unavailable');
    };
    await expect(revealOrganisationAddress(as(shelter, ['shelter_manager']), shelter.id)).rejects.toThrow(
      'audit log unavailable',
    );
  });

  it('cannot be opened under another organisation (the seal is bound to its id)', async () => {
    const { store, ngo, as, shelter } = await shelterWorld();
    const sealed = store.tables.organisations.get(shelter.id)!.addressSealed;
    await store.organisations.update(ngo.id, { addressSealed: sealed });
    await expect(revealOrganisationAddress(as(ngo, ['case_worker']), ngo.id)).rejects.toThrow();
    expect(store.tables.audit).toHaveLength(0);
  });
});

describe('listOrganisations and getOrganisation', () => {
  it('list the directory sorted by name for every role', async () => {
    const { deps, ngo, as } = await world();
    await addOrganisation(deps, 'police', 'Anti-trafficking unit');
    for (const role of roles) {
      const list = await listOrganisations(as(ngo, [role]));
      expect(list.map((o) => o.name)).toEqual(['Anti-trafficking unit', 'Clean Start NGO', 'Operator']);
    }
  });

  it('hide inactive organisations from everyone but the administrator', async () => {
    const { store, admin, ngo, as } = await world();
    const closed = await createOrganisation(admin, {
      name: 'Closed shelter',
      type: 'shelter',
      active: false,
    });
    expect(store.tables.organisations.get(closed.id)?.active).toBe(false);
    for (const role of roles.filter((r) => r !== 'system_administrator')) {
      const ctx = as(ngo, [role]);
      expect((await listOrganisations(ctx)).map((o) => o.id)).not.toContain(closed.id);
      expect((await rejects(getOrganisation(ctx, closed.id))).code).toBe('not_found');
    }
    expect((await listOrganisations(admin)).map((o) => o.id)).toContain(closed.id);
    expect((await getOrganisation(admin, closed.id)).id).toBe(closed.id);
  });

  it('getOrganisation returns an active organisation and not_found for an unknown id', async () => {
    const { ngo, as } = await world();
    const ctx = as(ngo, ['hotline_operator']);
    expect((await getOrganisation(ctx, ngo.id)).name).toBe('Clean Start NGO');
    expect((await rejects(getOrganisation(ctx, 'missing'))).code).toBe('not_found');
  });

  it('refuse a token without organisation:read', async () => {
    const { deps, ngo } = await world();
    const ctx: Ctx = { ...actAs(deps, ngo, ['case_worker']), request };
    ctx.actor = { ...ctx.actor, tokenScopes: ['person:read'] };
    expect((await rejects(listOrganisations(ctx))).code).toBe('forbidden');
  });
});
