import { describe, expect, it } from 'vitest';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize, holdsGrant, scopeFor } from '../policy/authorize.ts';
import { actions, resources } from '../policy/permissions.ts';
import { createMemoryStore } from '../testing/memory-store.ts';
import { createTestDeps } from '../testing/test-deps.ts';
import { operatorActor } from './operator-actor.ts';

describe('the command line operator', () => {
  it('holds national statistics and nothing else: no person, identity, user or audit log', () => {
    const operator = operatorActor();
    const held = resources.flatMap((r) =>
      actions
        .filter((a) => scopeFor(operator, r, a) !== null)
        .map((a) => `${r}:${a}:${scopeFor(operator, r, a)}`),
    );
    expect(held).toEqual(['statistics:read:aggregate']);
    expect(holdsGrant(operator, 'statistics', 'read', ['aggregate', 'all'])).toBe(true);
    expect(() => authorize(operator, 'person', 'read')).toThrow();
    expect(() => authorize(operator, 'person_identity', 'reveal')).toThrow();
  });

  it('is audited as the command line: no user, organisation or role, via cli unless the entry names its channel', async () => {
    const store = createMemoryStore();
    const deps = createTestDeps(store);
    await recordAudit(deps, operatorActor(), null, { action: 'configuration.updated', entityType: 'x' });
    await recordAudit(deps, operatorActor(), null, {
      action: 'person.updated',
      entityType: 'y',
      details: { via: 'demo' },
    });
    expect(store.tables.audit).toMatchObject([
      { actorUserId: null, actorOrganisationId: null, actorRoles: [], details: { via: 'cli' } },
      { actorUserId: null, actorOrganisationId: null, actorRoles: [], details: { via: 'demo' } },
    ]);
  });
});
