/**
 * Cross-cutting: every write use case appends exactly one audit event carrying who acted (user,
 * organisation, roles) and from where (client IP, request id), in the same transaction as the
 * change: when the event cannot be written, the change does not happen either.
 */
import { describe, expect, it } from 'vitest';
import { createApiToken } from '../api-tokens/create-api-token.ts';
import { revokeApiToken } from '../api-tokens/revoke-api-token.ts';
import type { RequestMeta } from '../auth/actor.ts';
import { authenticateSession } from '../auth/authenticate-session.ts';
import { signOut, signOutEverywhere } from '../auth/sign-out.ts';
import type { Ctx } from '../context.ts';
import { changeOwnPassword } from '../me/change-own-password.ts';
import { updateMyProfile } from '../me/update-my-profile.ts';
import type { User } from '../model.ts';
import { createOrganisation } from '../organisations/create-organisation.ts';
import { revealOrganisationAddress } from '../organisations/reveal-organisation-address.ts';
import { updateOrganisation } from '../organisations/update-organisation.ts';
import { createMemoryStore } from '../testing/memory-store.ts';
import { signInWithPassword as signIn } from '../testing/sign-in-with-password.ts';
import { actAs, addOrganisation, createTestDeps } from '../testing/test-deps.ts';
import { createUser } from '../users/create-user.ts';
import { provisionUser } from '../users/provision-user.ts';
import { setUserPassword, unlockUser } from '../users/set-user-password.ts';
import { updateUser } from '../users/update-user.ts';
import { recordAudit } from './record-audit.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';
import { verifyAuditLog } from './verify-audit-log.ts';

const password = 'correct horse battery staple';
const request: RequestMeta = { requestId: 'req-7f3a', clientIp: '198.51.100.77', userAgent: 'Firefox' };

async function world() {
  const store = createMemoryStore();
  const deps = createTestDeps(store);
  const operator = await addOrganisation(deps, 'system_operator', 'Operator');
  const shelter = await addOrganisation(deps, 'shelter', 'Safe House');
  const office = await addOrganisation(deps, 'coordinator', 'Office');
  const admin = await provisionUser(
    deps,
    {
      email: 'admin@example.org',
      displayName: 'Admin',
      organisationId: operator.id,
      roles: ['system_administrator'],
      password,
    },
    'first_start',
  );
  const sam = await provisionUser(
    deps,
    {
      email: 'sam@example.org',
      displayName: 'Sam',
      organisationId: shelter.id,
      roles: ['shelter_manager', 'case_worker'],
      password,
    },
    'demo',
  );
  const audrey = await provisionUser(
    deps,
    {
      email: 'audrey@example.org',
      displayName: 'Audrey',
      organisationId: office.id,
      roles: ['auditor'],
      password,
    },
    'demo',
  );
  await updateOrganisation(actAs(deps, operator, ['system_administrator'], admin.id), shelter.id, {
    address: 'Hidden street 1',
  });
  // A real session for Sam, so sign-out and password change act on something.
  const { sessionToken } = await signIn(deps, { email: sam.email, password }, request);
  const samActor = (await authenticateSession(deps, sessionToken)).actor;
  const ctxOf = (user: User, organisationId: string): Ctx => {
    const org = [operator, shelter, office].find((o) => o.id === organisationId)!;
    return { ...actAs(deps, org, user.roles, user.id), request };
  };
  return {
    store,
    deps,
    operator,
    shelter,
    admin,
    sam,
    audrey,
    adminCtx: ctxOf(admin, operator.id),
    samCtx: { ...deps, actor: samActor, request } satisfies Ctx,
    auditorCtx: ctxOf(audrey, office.id),
  };
}

type World = Awaited<ReturnType<typeof world>>;

interface Case {
  name: string;
  action: string;
  entityType: string;
  /** Who the event must name; null for sign-in (computed) and operator provisioning. */
  actor: (w: World) => Ctx | null;
  entityId?: (w: World) => string | null;
  run: (w: World) => Promise<unknown>;
}

const cases: Case[] = [
  {
    name: 'createOrganisation',
    action: 'organisation.created',
    entityType: 'organisation',
    actor: (w) => w.adminCtx,
    run: (w) => createOrganisation(w.adminCtx, { name: 'New NGO', type: 'ngo', address: 'Somewhere 2' }),
  },
  {
    name: 'updateOrganisation',
    action: 'organisation.updated',
    entityType: 'organisation',
    actor: (w) => w.adminCtx,
    entityId: (w) => w.shelter.id,
    run: (w) =>
      updateOrganisation(w.adminCtx, w.shelter.id, { name: 'Safe House 2', address: 'Elsewhere 3' }),
  },
  {
    name: 'revealOrganisationAddress',
    action: 'organisation.address_revealed',
    entityType: 'organisation',
    actor: (w) => w.samCtx,
    entityId: (w) => w.shelter.id,
    run: (w) => revealOrganisationAddress(w.samCtx, w.shelter.id),
  },
  {
    name: 'createUser',
    action: 'user.created',
    entityType: 'user',
    actor: (w) => w.adminCtx,
    run: (w) =>
      createUser(w.adminCtx, {
        email: 'new@example.org',
        displayName: 'New',
        organisationId: w.shelter.id,
        roles: ['shelter_manager'],
        password: 'another long passphrase',
      }),
  },
  {
    name: 'updateUser',
    action: 'user.updated',
    entityType: 'user',
    actor: (w) => w.adminCtx,
    entityId: (w) => w.sam.id,
    run: (w) => updateUser(w.adminCtx, w.sam.id, { roles: ['shelter_manager'], active: false }),
  },
  {
    name: 'setUserPassword',
    action: 'user.password_reset',
    entityType: 'user',
    actor: (w) => w.adminCtx,
    entityId: (w) => w.sam.id,
    run: (w) => setUserPassword(w.adminCtx, w.sam.id, 'reset by the admin today'),
  },
  {
    name: 'unlockUser',
    action: 'user.unlocked',
    entityType: 'user',
    actor: (w) => w.adminCtx,
    entityId: (w) => w.sam.id,
    run: (w) => unlockUser(w.adminCtx, w.sam.id),
  },
  {
    name: 'createApiToken',
    action: 'api_token.created',
    entityType: 'api_token',
    actor: (w) => w.samCtx,
    run: (w) => createApiToken(w.samCtx, { name: 'sync', scopes: ['person:read'] }),
  },
  {
    name: 'revokeApiToken',
    action: 'api_token.revoked',
    entityType: 'api_token',
    actor: (w) => w.samCtx,
    run: async (w) => {
      const { token } = await createApiToken(w.samCtx, { name: 'sync', scopes: ['person:read'] });
      w.store.tables.audit.pop(); // keep only the revocation under test
      await revokeApiToken(w.samCtx, token.id);
    },
  },
  {
    name: 'changeOwnPassword',
    action: 'user.password_changed',
    entityType: 'user',
    actor: (w) => w.samCtx,
    entityId: (w) => w.sam.id,
    run: (w) => changeOwnPassword(w.samCtx, { currentPassword: password, newPassword: 'my new passphrase!' }),
  },
  {
    name: 'updateMyProfile',
    action: 'user.profile_updated',
    entityType: 'user',
    actor: (w) => w.samCtx,
    entityId: (w) => w.sam.id,
    run: (w) => updateMyProfile(w.samCtx, { displayName: 'Samir', locale: 'az' }),
  },
  {
    name: 'signOut',
    action: 'auth.signed_out',
    entityType: 'session',
    actor: (w) => w.samCtx,
    entityId: (w) => w.samCtx.actor.credentialId,
    run: (w) => signOut(w.samCtx),
  },
  {
    name: 'signOutEverywhere',
    action: 'auth.signed_out_everywhere',
    entityType: 'user',
    actor: (w) => w.samCtx,
    entityId: (w) => w.sam.id,
    run: (w) => signOutEverywhere(w.samCtx),
  },
  {
    name: 'verifyAuditLog',
    action: 'audit.verified',
    entityType: 'audit_log',
    actor: (w) => w.auditorCtx,
    entityId: () => null,
    run: (w) => verifyAuditLog(w.auditorCtx),
  },
];

describe('every write use case appends exactly one event with the acting context', () => {
  it.each(cases)('$name -> $action', async (c) => {
    const w = await world();
    w.deps.clock.advance(42_000);
    const before = w.store.tables.audit.length;
    await c.run(w);
    const added = w.store.tables.audit.slice(before);
    expect(added.map((e) => e.action)).toEqual([c.action]);
    const ctx = c.actor(w)!;
    const event = added[0]!;
    expect(event).toMatchObject({
      action: c.action,
      entityType: c.entityType,
      actorUserId: ctx.actor.userId,
      actorOrganisationId: ctx.actor.organisationId,
      actorRoles: [...ctx.actor.roles],
      clientIp: '198.51.100.77',
      requestId: 'req-7f3a',
      at: w.deps.clock.now(),
    });
    if (c.entityId) expect(event.entityId).toBe(c.entityId(w));
    else expect(event.entityId).toEqual(expect.any(String));
    expect(JSON.stringify(event)).not.toMatch(/Hidden street|Somewhere 2|Elsewhere 3|passphrase|onrm_/);
    expect((await verifyAuditChain(w.store.audit)).ok).toBe(true);
  });

  it('signIn names the user, their organisation and roles, the address and request id', async () => {
    const w = await world();
    const { session } = await signIn(w.deps, { email: w.sam.email, password }, request);
    expect(w.store.tables.audit.at(-1)).toMatchObject({
      action: 'auth.signed_in',
      entityId: session.id,
      actorUserId: w.sam.id,
      actorOrganisationId: w.shelter.id,
      actorRoles: ['case_worker', 'shelter_manager'],
      clientIp: '198.51.100.77',
      requestId: 'req-7f3a',
    });
  });

  it('recordAudit with no actor and no request leaves those fields empty', async () => {
    const store = createMemoryStore();
    const deps = createTestDeps(store);
    const event = await recordAudit(deps, null, null, {
      action: 'configuration.updated',
      entityType: 'system',
    });
    expect(event).toMatchObject({
      seq: 1,
      actorUserId: null,
      actorOrganisationId: null,
      actorRoles: [],
      clientIp: null,
      requestId: null,
      entityId: null,
      details: {},
    });
  });
});

describe('a use case whose audit event cannot be written changes nothing', () => {
  it.each(cases.filter((c) => c.name !== 'verifyAuditLog'))('$name', async (c) => {
    const w = await world();
    if (c.name === 'revokeApiToken') {
      // Create the token first, with a working log.
      const { token } = await createApiToken(w.samCtx, { name: 'sync', scopes: ['person:read'] });
      c = { ...c, run: (x) => revokeApiToken(x.samCtx, token.id) };
    }
    const before = structuredClone(w.store.tables);
    w.store.audit.append = async () => {
      throw new Error('audit log unavailable');
    };
    await expect(c.run(w)).rejects.toThrow('audit log unavailable');
    expect(w.store.tables).toEqual(before);
  });

  it('signIn creates no session and does not record the login', async () => {
    const w = await world();
    const before = structuredClone(w.store.tables);
    w.store.audit.append = async () => {
      throw new Error('audit log unavailable');
    };
    await expect(signIn(w.deps, { email: w.sam.email, password }, request)).rejects.toThrow(
      'audit log unavailable',
    );
    expect(w.store.tables).toEqual(before);
  });
});
