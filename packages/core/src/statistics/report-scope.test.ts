import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import type { Role } from '../auth/roles.ts';
import { resolveScope } from './report-scope.ts';

const actor = (roles: Role[]): Actor => ({
  userId: 'u',
  organisationId: 'own',
  organisationType: 'ngo',
  roles,
  credentialId: 'c',
});

describe('resolveScope', () => {
  it('lets the coordinator choose national, a region or an organisation', () => {
    const a = actor(['national_coordinator']);
    expect(resolveScope(a, {})).toEqual({ kind: 'national' });
    expect(resolveScope(a, { scope: 'region', region: 'Ganja' })).toEqual({
      kind: 'region',
      region: 'Ganja',
    });
    expect(resolveScope(a, { organisationId: 'x' })).toEqual({
      kind: 'organisation',
      organisationId: 'x',
      complicity: true,
    });
    expect(() => resolveScope(a, { scope: 'region' })).toThrow(/region/);
  });

  it('keeps front-line staff to their own organisation, whatever they ask', () => {
    const a = actor(['case_worker']);
    expect(resolveScope(a, {})).toEqual({ kind: 'organisation', organisationId: 'own', complicity: false });
    expect(() => resolveScope(a, { scope: 'national' })).toThrow(/figures only/);
    expect(() => resolveScope(a, { organisationId: 'other' })).toThrow(/figures only/);
  });

  it('leaves the complicity compartment out of an organisation’s figures for those who may not read it', () => {
    // The investigators of a police unit whose officer is under investigation: their unit's
    // figures must not tell them that the case exists.
    expect(resolveScope(actor(['investigator']), {})).toMatchObject({ complicity: false });
    expect(resolveScope(actor(['prosecutor']), {})).toMatchObject({ complicity: false });
    expect(resolveScope(actor(['investigator', 'integrity_officer']), {})).toMatchObject({
      complicity: true,
    });
  });

  it('gives national figures to someone who is both coordinator and case worker', () => {
    expect(resolveScope(actor(['national_coordinator', 'case_worker']), {})).toEqual({ kind: 'national' });
  });

  it('refuses roles without statistics and tokens without the permission', () => {
    expect(() => resolveScope(actor(['hotline_operator']), {})).toThrow();
    expect(() =>
      resolveScope({ ...actor(['national_coordinator']), tokenScopes: ['person:read'] }, {}),
    ).toThrow();
  });
});
