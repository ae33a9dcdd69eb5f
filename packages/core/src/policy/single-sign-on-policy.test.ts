import { describe, expect, it } from 'vitest';
import type { Organisation, User } from '../model.ts';
import { rolesThatReveal } from './second-factor-policy.ts';
import {
  decideProviderSignIn,
  mapProviderRoles,
  type ProviderIdentity,
  type SingleSignOnPolicy,
} from './single-sign-on-policy.ts';

const policy: SingleSignOnPolicy = {
  matchBy: ['subject', 'email'],
  provision: true,
  rolesFrom: 'claims',
  organisationFrom: 'claims',
  roleMap: { 'nrm-caseworkers': 'case_worker', 'nrm-admins': 'system_administrator', 'nrm-audit': 'auditor' },
  organisationMap: { ngo: 'org-ngo' },
  administratorFromClaims: false,
  secondFactorAmr: ['mfa', 'otp'],
  secondFactorAcr: [],
};
const identity: ProviderIdentity = {
  issuer: 'https://idp.example',
  subject: 's-1',
  email: 'amina@example.org',
  emailVerified: true,
  name: 'Amina',
  roleValues: ['nrm-audit'],
  organisationValue: 'ngo',
  amr: ['pwd'],
  acr: null,
};
const now = new Date('2026-01-01T00:00:00Z');
const organisation: Organisation = {
  id: 'org-ngo',
  name: 'NGO',
  type: 'ngo',
  region: null,
  parentId: null,
  active: true,
  addressSealed: null,
  createdAt: now,
  updatedAt: now,
};
const user: User = {
  id: 'u-1',
  organisationId: 'org-ngo',
  email: 'amina@example.org',
  displayName: 'Amina',
  locale: 'en',
  roles: ['auditor'],
  active: true,
  passwordHash: 'x',
  failedLogins: 0,
  lockedUntil: null,
  lastLoginAt: null,
  createdAt: now,
  updatedAt: now,
};
const decide = (over: Partial<Parameters<typeof decideProviderSignIn>[0]>) =>
  decideProviderSignIn({
    identity,
    user,
    matchedBy: 'subject',
    linkedSubject: 's-1',
    organisation,
    policy,
    security: { secondFactorRoles: [] },
    ...over,
  });

describe('single sign-on policy', () => {
  it('never grants a role outside the table, nor the administrator unless allowed', () => {
    const values = [
      'nrm-admins',
      'nrm-audit',
      'case_worker',
      'national_coordinator',
      'constructor',
      '__proto__',
    ];
    expect(mapProviderRoles(values, policy)).toEqual(['auditor']);
    expect(mapProviderRoles(values, { ...policy, administratorFromClaims: true })).toEqual([
      'auditor',
      'system_administrator',
    ]);
  });

  it('refuses what an identity must not get, with the reason', () => {
    const refused = (over: Parameters<typeof decide>[0]) => {
      const d = decide(over);
      return d.allow ? 'allowed' : d.reason;
    };
    expect(refused({ matchedBy: 'email', identity: { ...identity, emailVerified: false } })).toBe(
      'email_unverified',
    );
    expect(refused({ matchedBy: 'email', linkedSubject: 'someone-else' })).toBe('linked_elsewhere');
    const admin: User = { ...user, roles: ['system_administrator'] };
    expect(refused({ user: admin, matchedBy: 'email', linkedSubject: null })).toBe('administrator_by_email');
    expect(refused({ user: admin, matchedBy: 'subject' })).toBe('allowed');
    expect(refused({ user: undefined, matchedBy: null, policy: { ...policy, provision: false } })).toBe(
      'no_account',
    );
    expect(refused({ user: { ...user, active: false } })).toBe('inactive_user');
    expect(refused({ organisation: { ...organisation, active: false } })).toBe('inactive_organisation');
    expect(refused({ organisation: undefined })).toBe('unknown_organisation');
    expect(refused({ identity: { ...identity, roleValues: ['nrm-admins'] } })).toBe('no_mapped_role');
    // Kept local: the claims do not matter, the administrator's roles do.
    expect(
      decide({ identity: { ...identity, roleValues: [] }, policy: { ...policy, rolesFrom: 'local' } }),
    ).toMatchObject({
      allow: true,
      roles: ['auditor'],
    });
  });

  it('lets the provider MFA stand in for the local second factor only when the token says so', () => {
    const security = { secondFactorRoles: rolesThatReveal() };
    const worker = { ...identity, roleValues: ['nrm-caseworkers'] };
    expect(decide({ identity: worker, security })).toEqual({ allow: false, reason: 'second_factor_missing' });
    expect(decide({ identity: { ...worker, amr: ['pwd', 'otp'] }, security })).toMatchObject({
      allow: true,
      roles: ['case_worker'],
      providerSecondFactor: true,
    });
    const byAcr = { ...policy, secondFactorAcr: ['urn:gov:loa:high'] };
    expect(
      decide({ identity: { ...worker, acr: 'urn:gov:loa:high' }, security, policy: byAcr }),
    ).toMatchObject({
      allow: true,
    });
    expect(decide({ user: undefined, matchedBy: null, linkedSubject: null })).toMatchObject({
      allow: true,
      provision: true,
      organisationId: 'org-ngo',
      providerSecondFactor: false,
    });
  });
});
