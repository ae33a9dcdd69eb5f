import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import { can } from './authorize.ts';
import { parseSecondFactorRoles, rolesThatReveal, secondFactorRequired } from './second-factor-policy.ts';

describe('second factor policy', () => {
  it('"reveal" names every role that may reveal something sealed, and no other', () => {
    expect(rolesThatReveal()).toEqual([
      'case_worker',
      'investigator',
      'prosecutor',
      'shelter_manager',
      'hotline_operator',
      'integrity_officer',
    ]);
    expect(parseSecondFactorRoles('reveal, system_administrator')).toEqual([
      'system_administrator',
      ...rolesThatReveal(),
    ]);
    expect(parseSecondFactorRoles(undefined)).toEqual([]);
    expect(parseSecondFactorRoles('none')).toEqual([]);
    expect(parseSecondFactorRoles('all')).toHaveLength(11);
    expect(parseSecondFactorRoles('reveal,admin')).toEqual({ unknown: 'admin' });
  });

  it('a user not yet enrolled reaches only their own account', () => {
    const security = { secondFactorRoles: rolesThatReveal() };
    expect(secondFactorRequired(['auditor'], security)).toBe(false);
    expect(secondFactorRequired(['auditor', 'investigator'], security)).toBe(true);
    const actor: Actor = {
      userId: 'u1',
      organisationId: 'o1',
      organisationType: 'police',
      roles: ['investigator'],
      credentialId: 's1',
      secondFactorPending: true,
    };
    expect(can(actor, 'account', 'update', { userId: 'u1' })).toBe(true);
    expect(can(actor, 'user', 'read', { userId: 'u1' })).toBe(true);
    expect(can(actor, 'person', 'read', { organisationId: 'o1' })).toBe(false);
    expect(can(actor, 'person_identity', 'reveal', { organisationId: 'o1' })).toBe(false);
    expect(
      can({ ...actor, secondFactorPending: undefined }, 'person', 'read', { organisationId: 'o1' }),
    ).toBe(true);
  });
});
