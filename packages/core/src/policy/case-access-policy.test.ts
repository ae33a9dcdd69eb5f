import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import type { Role } from '../auth/roles.ts';
import { caseAbilities, caseVisibilityOf, mayExportCaseReference, mayOnCase } from './case-access-policy.ts';

const actor = (roles: Role[], organisationId: string, userId = `u-${roles[0]}`): Actor => ({
  userId,
  organisationId,
  organisationType: 'police',
  roles,
  credentialId: 'c',
});
const policeCase = (complicity: boolean) => ({
  organisationId: 'police',
  prosecutorOrganisationId: 'prosecution',
  prosecutorUserId: 'u-assigned',
  complicity,
});

describe('the case-access policy', () => {
  const investigator = actor(['investigator'], 'police');
  const assigned = actor(['prosecutor'], 'prosecution', 'u-assigned');
  const colleague = actor(['prosecutor'], 'prosecution', 'u-other');
  const integrity = actor(['integrity_officer'], 'elsewhere');
  const coordinator = actor(['national_coordinator'], 'coordination');

  it('gives an ordinary case to its bodies, and not to an integrity unit of another body', () => {
    for (const a of [investigator, assigned, colleague])
      expect(mayOnCase(a, 'read', policeCase(false))).toBe(true);
    expect(mayOnCase(integrity, 'read', policeCase(false))).toBe(false);
    expect(mayOnCase(coordinator, 'read', policeCase(false))).toBe(false);
  });

  it('keeps a complicity case to the integrity unit and the assigned prosecutor', () => {
    expect(mayOnCase(investigator, 'read', policeCase(true))).toBe(false);
    expect(mayOnCase(colleague, 'read', policeCase(true))).toBe(false);
    expect(mayOnCase(assigned, 'record_stage', policeCase(true))).toBe(true);
    expect(caseAbilities(integrity, policeCase(true))).toEqual({
      read: true,
      update: true,
      record_stage: true,
      reveal_identity: true,
      clear_complicity: true,
    });
    expect(mayOnCase(assigned, 'clear_complicity', policeCase(true))).toBe(false);
  });

  it('names a complicity case in a subject access export only to whoever may read it', () => {
    const officer = actor(['auditor'], 'data-protection');
    expect(mayExportCaseReference(officer, policeCase(false))).toBe(true);
    expect(mayExportCaseReference(officer, policeCase(true))).toBe(false);
    expect(mayExportCaseReference(actor(['auditor', 'integrity_officer'], 'x'), policeCase(true))).toBe(true);
  });

  it('lets a historic import for the opening body load a past complicity case, and nothing more', () => {
    const importing = (organisationId: string): Actor => ({
      ...actor([], organisationId, 'u-administrator'),
      kind: 'import',
      importId: 'run-1',
    });
    expect(caseAbilities(importing('police'), policeCase(true))).toEqual({
      read: true,
      update: true,
      record_stage: true,
      reveal_identity: false,
      clear_complicity: false,
    });
    expect(mayOnCase(importing('prosecution'), 'read', policeCase(true))).toBe(false);
    expect(mayOnCase(importing('elsewhere'), 'read', policeCase(false))).toBe(false);
  });

  it('lists with the same rule: counts only for the coordinator, who lists nothing', () => {
    expect(caseVisibilityOf(coordinator)).toBeNull();
    expect(caseVisibilityOf(integrity)).toMatchObject({ allComplicity: true });
    expect(caseVisibilityOf(investigator)).toMatchObject({ ordinary: true, allComplicity: false });
  });
});
