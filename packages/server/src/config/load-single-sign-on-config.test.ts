import { describe, expect, it } from 'vitest';
import { loadSingleSignOnConfig } from './load-single-sign-on-config.ts';

const fail = (message: string): never => {
  throw new Error(message);
};
const base = {
  OPENNRM_OIDC_ISSUER: 'https://id.example.gov/realms/gov',
  OPENNRM_OIDC_CLIENT_ID: 'opennrm',
  OPENNRM_PUBLIC_URL: 'https://nrm.example.gov/',
};
const load = (env: Record<string, string>) => loadSingleSignOnConfig(env, fail);

describe('single sign-on configuration', () => {
  it('is off without an issuer, and derives the addresses from the public URL', () => {
    expect(load({})).toBeNull();
    expect(load(base)).toMatchObject({
      redirectUrl: 'https://nrm.example.gov/api/auth/oidc/callback',
      postLogoutRedirectUrl: 'https://nrm.example.gov/sign-in',
      providerName: 'id.example.gov',
      clientSecret: null,
      policy: {
        matchBy: ['subject', 'email'],
        provision: false,
        rolesFrom: 'local',
        secondFactorAmr: ['mfa'],
      },
    });
  });

  it('stops the server on a setting that would widen access or leak the code', () => {
    expect(() => load({ ...base, OPENNRM_OIDC_ISSUER: 'http://id.example.gov' })).toThrow(/https:\/\//);
    expect(() => load({ ...base, OPENNRM_PUBLIC_URL: '' })).toThrow(/OPENNRM_PUBLIC_URL/);
    const claims = {
      OPENNRM_OIDC_ROLES_FROM: 'claims',
      OPENNRM_OIDC_ROLE_MAP: 'admins=system_administrator',
    };
    expect(() => load({ ...base, ...claims })).toThrow(/OPENNRM_OIDC_ADMINISTRATOR_FROM_CLAIMS=1/);
    expect(load({ ...base, ...claims, OPENNRM_OIDC_ADMINISTRATOR_FROM_CLAIMS: '1' })?.policy.roleMap).toEqual(
      {
        admins: 'system_administrator',
      },
    );
    expect(() => load({ ...base, OPENNRM_OIDC_ROLE_MAP: 'x=king' })).toThrow(/"king" is no role/);
    expect(() => load({ ...base, OPENNRM_OIDC_PROVISION: '1' })).toThrow(/ROLES_FROM=claims/);
    expect(() => load({ ...base, OPENNRM_OIDC_ROLES_FROM: 'claims' })).toThrow(/needs OPENNRM_OIDC_ROLE_MAP/);
    expect(() => load({ ...base, OPENNRM_OIDC_MATCH_BY: 'name' })).toThrow(/MATCH_BY/);
  });
});
