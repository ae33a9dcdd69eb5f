import { describe, expect, it } from 'vitest';
import { roles } from '../auth/roles.ts';
import { grants } from './grants.ts';
import { actions, permissionOf, resources, scopes } from './permissions.ts';
import { permissionsOf } from './permissions-of.ts';

// What every role holds for itself: its own account and tokens (sorted as permissionsOf sorts).
const tokenSelf = ['account:update', 'api_token:create', 'api_token:read', 'api_token:update'];

describe('grants table', () => {
  it('has grants for every role and only for known roles', () => {
    expect(Object.keys(grants).sort()).toEqual([...roles].sort());
  });

  it('uses only known resources, actions and scopes', () => {
    for (const role of roles) {
      for (const grant of grants[role]) {
        expect(resources).toContain(grant.resource);
        expect(actions).toContain(grant.action);
        expect(scopes).toContain(grant.scope);
      }
    }
  });

  it('gives person identities only to roles that may also read the person', () => {
    for (const role of roles) {
      const reveal = grants[role].filter((g) => g.resource === 'person_identity');
      for (const grant of reveal) {
        const read = grants[role].find((g) => g.resource === 'person' && g.action === 'read');
        expect(read, `${role} reveals identities without reading persons`).toBeDefined();
        expect(scopes.indexOf(grant.scope)).toBeLessThanOrEqual(scopes.indexOf(read!.scope));
        expect(grant.scope).not.toBe('aggregate');
      }
    }
  });

  it('lets only the auditor touch the audit log and only the administrator manage users and configuration', () => {
    const holders = (resource: string, action: string) =>
      roles.filter((r) => grants[r].some((g) => g.resource === resource && g.action === action));
    expect(holders('audit_log', 'read')).toEqual(['auditor']);
    expect(holders('audit_log', 'verify')).toEqual(['auditor']);
    expect(holders('user', 'create')).toEqual(['system_administrator']);
    expect(holders('user', 'update')).toEqual(['system_administrator']);
    expect(holders('organisation', 'create')).toEqual(['system_administrator']);
    expect(holders('organisation', 'update')).toEqual(['system_administrator']);
    expect(holders('configuration', 'update')).toEqual(['system_administrator']);
  });
});

describe('permissionsOf', () => {
  it('lists what a case worker holds, sorted and without duplicates', () => {
    expect(permissionsOf({ roles: ['case_worker'] })).toEqual([
      'account:update',
      'action_plan:read',
      'api_token:create',
      'api_token:read',
      'api_token:update',
      'consent:create',
      'consent:update',
      'identification_decision:create',
      'organisation:read',
      'person:create',
      'person:read',
      'person:update',
      'person_identity:reveal',
      'person_sensitive:reveal',
      'prevention_activity:create',
      'prevention_activity:read',
      'prevention_activity:update',
      'protection:create',
      'protection:read',
      'recommendation:read',
      'referral:create',
      'referral:read',
      'referral:update',
      'shelter:read',
      'statistics:read',
      'user:read',
    ]);
  });

  it('lists what an administrator holds, with no person or audit permission', () => {
    const list = permissionsOf({ roles: ['system_administrator'] });
    expect(list).toEqual([
      ...tokenSelf,
      'configuration:read',
      'configuration:update',
      'historic_import:create',
      'historic_import:read',
      'organisation:create',
      'organisation:read',
      'organisation:update',
      'retention:create',
      'retention:read',
      'retention:update',
      'shelter:create',
      'shelter:read',
      'shelter:update',
      'user:create',
      'user:read',
      'user:update',
    ]);
  });

  it('is the union over roles', () => {
    const both = permissionsOf({ roles: ['hotline_operator', 'auditor'] });
    expect(both).toEqual([
      'account:update',
      'action_plan:read',
      'alert:create',
      'alert:read',
      'alert:update',
      'api_token:create',
      'api_token:read',
      'api_token:update',
      'audit_log:read',
      'audit_log:verify',
      'data_subject_request:create',
      'data_subject_request:read',
      'hotline_contact:create',
      'hotline_contact:read',
      'hotline_contact:reveal',
      'hotline_contact:update',
      'organisation:read',
      'person:create',
      'prevention_activity:create',
      'prevention_activity:read',
      'prevention_activity:update',
      'recommendation:read',
      'user:read',
    ]);
    expect(new Set(both).size).toBe(both.length);
  });

  it('includes aggregate-only rights (they drive navigation to statistics)', () => {
    expect(permissionsOf({ roles: ['national_coordinator'] })).toEqual([
      'account:update',
      'action_plan:create',
      'action_plan:read',
      'action_plan:update',
      'api_token:create',
      'api_token:read',
      'api_token:update',
      'country_report:create',
      'country_report:read',
      'country_report:update',
      'funding:read',
      'organisation:read',
      'prevention_activity:create',
      'prevention_activity:read',
      'prevention_activity:update',
      'recommendation:create',
      'recommendation:read',
      'recommendation:update',
      'shelter:read',
      'statistics:read',
      'statistics_release:create',
      'statistics_release:read',
      'user:read',
    ]);
  });

  it('narrows to the token scopes and never adds a scope the roles lack', () => {
    expect(
      permissionsOf({ roles: ['case_worker'], tokenScopes: ['person:read', 'audit_log:read', 'user:read'] }),
    ).toEqual(['person:read', 'user:read']);
    expect(permissionsOf({ roles: ['case_worker'], tokenScopes: [] })).toEqual([]);
  });

  it('is empty without roles', () => {
    expect(permissionsOf({ roles: [] })).toEqual([]);
  });

  it('agrees with permissionOf formatting', () => {
    expect(permissionOf('person_identity', 'reveal')).toBe('person_identity:reveal');
  });
});
