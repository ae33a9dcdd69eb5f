import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import type { Organisation } from '../model.ts';
import { can, scopeFor } from '../policy/authorize.ts';
import { importActor } from './import-actor.ts';

const ngo: Organisation = {
  id: 'org-ngo',
  name: 'Safe Home',
  type: 'ngo',
  region: null,
  parentId: null,
  active: true,
  addressSealed: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
};
const administrator: Actor = {
  userId: 'user-admin',
  organisationId: 'org-system',
  organisationType: 'system_operator',
  roles: ['system_administrator'],
  credentialId: 'session-1',
};

describe('the import actor', () => {
  const actor = importActor(administrator, ngo, 'run-1');

  it('acts for the organisation, as the administrator, with the import’s rights and not the role’s', () => {
    expect(actor).toMatchObject({
      kind: 'import',
      importId: 'run-1',
      userId: 'user-admin',
      organisationId: 'org-ngo',
      roles: [],
    });
    expect(scopeFor(actor, 'person', 'create')).toBe('own_organisation');
    expect(scopeFor(actor, 'identification_decision', 'create')).toBe('linked');
    // Nothing the administrator holds comes with it, and nothing to read beyond its own records.
    for (const [resource, action] of [
      ['configuration', 'update'],
      ['user', 'create'],
      ['historic_import', 'create'],
      ['statistics', 'read'],
      ['audit_log', 'read'],
      ['consent_override', 'create'],
      ['person_sensitive', 'reveal'],
    ] as const) {
      expect(scopeFor(actor, resource, action), `${resource}:${action}`).toBeNull();
    }
    expect(can(actor, 'person', 'update', { organisationId: 'org-police' })).toBe(false);
    expect(can(actor, 'person', 'update', { organisationId: 'org-ngo' })).toBe(true);
  });
});
