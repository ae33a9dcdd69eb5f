import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import { type Role, roles } from '../auth/roles.ts';
import { DomainError } from '../support/errors.ts';
import { authorize, can, type RecordRef, scopeFor } from './authorize.ts';
import {
  type Action,
  actions,
  type Permission,
  type Resource,
  resources,
  type Scope,
} from './permissions.ts';

/**
 * The expected policy, written by hand from the domain (docs/design.md: who uses it, and the
 * protection model), not copied from grants.ts. A missing entry means "never".
 */
const expected: Record<Role, Partial<Record<Permission, Scope>>> = {
  // Configures the installation: organisations, users, configuration. No victim data, no audit log.
  system_administrator: {
    'organisation:read': 'all',
    'organisation:create': 'all',
    'organisation:update': 'all',
    'user:read': 'all',
    'user:create': 'all',
    'user:update': 'all',
    'configuration:read': 'all',
    'configuration:update': 'all',
    // Loads the years before OpenNRM; the rows act for an organisation with the import's own
    // grants (importGrants), never with the administrator's.
    'historic_import:read': 'all',
    'historic_import:create': 'all',
    // Registers shelters: their operator, capacity and sealed address.
    'shelter:read': 'all',
    'shelter:create': 'all',
    'shelter:update': 'all',
    // Retention rules, the dry run and legal holds: codes and counts, no identity.
    'retention:read': 'all',
    'retention:create': 'all',
    'retention:update': 'all',
    'api_token:read': 'self',
    'api_token:create': 'self',
    'api_token:update': 'self',
    'account:update': 'self',
  },
  // Aggregates only: never a single person, never an identity.
  national_coordinator: {
    'organisation:read': 'all',
    'user:read': 'own_organisation',
    'statistics:read': 'aggregate',
    // Publishes the national figures as releases, and corrects them; nobody else does.
    'statistics_release:read': 'aggregate',
    'statistics_release:create': 'aggregate',
    // The national board of shelter places (no resident, no address) and the money of assistance.
    'shelter:read': 'aggregate',
    'funding:read': 'all',
    'api_token:read': 'self',
    'api_token:create': 'self',
    'api_token:update': 'self',
    'account:update': 'self',
    // Coordinates prevention: every body's activities, the action plan, the recommendations.
    'prevention_activity:read': 'all',
    'prevention_activity:create': 'all',
    'prevention_activity:update': 'own_organisation',
    'action_plan:read': 'all',
    'action_plan:create': 'all',
    'action_plan:update': 'all',
    'recommendation:read': 'all',
    'recommendation:create': 'all',
    'recommendation:update': 'all',
    // Drafts and edits the country's report; aggregates only.
    'country_report:read': 'aggregate',
    'country_report:create': 'aggregate',
    'country_report:update': 'aggregate',
  },
  case_worker: {
    'organisation:read': 'all',
    'user:read': 'own_organisation',
    'person:read': 'linked',
    'person:create': 'linked',
    'person:update': 'linked',
    'person_identity:reveal': 'linked',
    'referral:read': 'linked',
    'referral:create': 'linked',
    'referral:update': 'linked',
    'consent:create': 'linked',
    'consent:update': 'linked',
    'identification_decision:create': 'linked',
    'person_sensitive:reveal': 'linked',
    'protection:read': 'linked',
    'protection:create': 'linked',
    'shelter:read': 'all',
    'api_token:read': 'self',
    'api_token:create': 'self',
    'api_token:update': 'self',
    'statistics:read': 'own_organisation',
    'account:update': 'self',
    // Prevention work of their own body; the national plan and the recommendations to read.
    'prevention_activity:read': 'own_organisation',
    'prevention_activity:create': 'own_organisation',
    'prevention_activity:update': 'own_organisation',
    'action_plan:read': 'all',
    'recommendation:read': 'all',
  },
  investigator: {
    'organisation:read': 'all',
    'user:read': 'own_organisation',
    'person:read': 'linked',
    'person:create': 'linked',
    'person:update': 'linked',
    'person_identity:reveal': 'linked',
    'referral:read': 'linked',
    'referral:create': 'linked',
    'referral:update': 'linked',
    'consent:create': 'linked',
    'consent:update': 'linked',
    'consent_override:create': 'linked',
    'identification_decision:create': 'linked',
    'protection:read': 'linked',
    'protection:create': 'linked',
    'shelter:read': 'all',
    'criminal_case:read': 'linked',
    'criminal_case:create': 'linked',
    'criminal_case:update': 'linked',
    'criminal_case:reveal': 'linked',
    'api_token:read': 'self',
    'api_token:create': 'self',
    'api_token:update': 'self',
    'statistics:read': 'own_organisation',
    'account:update': 'self',
    // Prevention work of their own body; the national plan and the recommendations to read.
    'prevention_activity:read': 'own_organisation',
    'prevention_activity:create': 'own_organisation',
    'prevention_activity:update': 'own_organisation',
    'action_plan:read': 'all',
    'recommendation:read': 'all',
  },
  // Follows cases: reads the persons linked to them, changes nothing about them.
  prosecutor: {
    'organisation:read': 'all',
    'user:read': 'own_organisation',
    'person:read': 'linked',
    'person_identity:reveal': 'linked',
    'referral:read': 'linked',
    'referral:update': 'linked',
    'identification_decision:create': 'linked',
    'criminal_case:read': 'linked',
    'criminal_case:create': 'linked',
    'criminal_case:update': 'linked',
    'criminal_case:reveal': 'linked',
    'api_token:read': 'self',
    'api_token:create': 'self',
    'api_token:update': 'self',
    'statistics:read': 'own_organisation',
    'account:update': 'self',
    // Prevention work of their own body; the national plan and the recommendations to read.
    'prevention_activity:read': 'own_organisation',
    'prevention_activity:create': 'own_organisation',
    'prevention_activity:update': 'own_organisation',
    'action_plan:read': 'all',
    'recommendation:read': 'all',
  },
  // The people staying or referred: reads and updates, does not open new records.
  shelter_manager: {
    'organisation:read': 'all',
    'user:read': 'own_organisation',
    'person:read': 'linked',
    'person:update': 'linked',
    'person_identity:reveal': 'linked',
    'referral:read': 'linked',
    'referral:create': 'linked',
    'referral:update': 'linked',
    'consent:create': 'linked',
    'consent:update': 'linked',
    'person_sensitive:reveal': 'linked',
    // Their own facility: its residents, admissions, discharges and address; the board.
    'protection:read': 'linked',
    'protection:create': 'linked',
    'shelter:read': 'all',
    'shelter:update': 'own_organisation',
    'shelter_residents:read': 'own_organisation',
    'shelter_residents:create': 'own_organisation',
    'shelter_residents:update': 'own_organisation',
    'api_token:read': 'self',
    'api_token:create': 'self',
    'api_token:update': 'self',
    'statistics:read': 'own_organisation',
    'account:update': 'self',
    // Prevention work of their own body; the national plan and the recommendations to read.
    'prevention_activity:read': 'own_organisation',
    'prevention_activity:create': 'own_organisation',
    'prevention_activity:update': 'own_organisation',
    'action_plan:read': 'all',
    'recommendation:read': 'all',
  },
  // Opens a record from a contact; never browses existing persons.
  hotline_operator: {
    'organisation:read': 'all',
    'user:read': 'own_organisation',
    'person:create': 'own_organisation',
    'api_token:read': 'self',
    'api_token:create': 'self',
    'api_token:update': 'self',
    'account:update': 'self',
    // Prevention work of their own body; the national plan and the recommendations to read.
    'prevention_activity:read': 'own_organisation',
    'prevention_activity:create': 'own_organisation',
    'prevention_activity:update': 'own_organisation',
    'action_plan:read': 'all',
    'recommendation:read': 'all',
    // Its own hotline's contacts (the caller's identity when given), and alerts it raises.
    'hotline_contact:read': 'own_organisation',
    'hotline_contact:create': 'own_organisation',
    'hotline_contact:update': 'own_organisation',
    'hotline_contact:reveal': 'own_organisation',
    'alert:read': 'own_organisation',
    'alert:create': 'own_organisation',
    'alert:update': 'own_organisation',
  },
  // Who did what: reads users and the trail, verifies it; no persons, no identities.
  // Reports the plan's progress for their own body; recommendations it is named responsible for.
  plan_owner: {
    'organisation:read': 'all',
    'user:read': 'own_organisation',
    'action_plan:read': 'all',
    'action_plan:update': 'own_organisation',
    'recommendation:read': 'all',
    'recommendation:update': 'linked',
    'prevention_activity:read': 'own_organisation',
    'prevention_activity:create': 'own_organisation',
    'prevention_activity:update': 'own_organisation',
    'api_token:read': 'self',
    'api_token:create': 'self',
    'api_token:update': 'self',
    'account:update': 'self',
  },
  auditor: {
    'organisation:read': 'all',
    'user:read': 'all',
    'audit_log:read': 'all',
    'audit_log:verify': 'all',
    // The data protection officer: erasure and subject access on a lawful request.
    'data_subject_request:read': 'all',
    'data_subject_request:create': 'all',
    'api_token:read': 'self',
    'api_token:create': 'self',
    'api_token:update': 'self',
    'account:update': 'self',
  },
  // Keeps the money of victim assistance; never a person, nor figures about persons.
  finance_officer: {
    'organisation:read': 'all',
    'user:read': 'own_organisation',
    'funding:read': 'all',
    'funding:create': 'all',
    'funding:update': 'all',
    'api_token:read': 'self',
    'api_token:create': 'self',
    'api_token:update': 'self',
    'account:update': 'self',
  },
  // The designated integrity unit: every complicity case nationally, its own body's ordinary
  // cases; no person work of its own.
  integrity_officer: {
    'organisation:read': 'all',
    'user:read': 'own_organisation',
    'criminal_case:read': 'linked',
    'criminal_case:create': 'linked',
    'criminal_case:update': 'linked',
    'criminal_case:reveal': 'linked',
    'criminal_case_complicity:read': 'all',
    'criminal_case_complicity:update': 'all',
    'criminal_case_complicity:reveal': 'all',
    'api_token:read': 'self',
    'api_token:create': 'self',
    'api_token:update': 'self',
    'account:update': 'self',
  },
};

const ownOrg = 'org-own';
const partnerOrg = 'org-partner';
const strangerOrg = 'org-stranger';
const me = 'user-me';

function actor(roles: readonly Role[], tokenScopes?: readonly string[]): Actor {
  return {
    userId: me,
    organisationId: ownOrg,
    organisationType: 'ngo',
    roles,
    credentialId: 'cred-1',
    ...(tokenScopes ? { tokenScopes } : {}),
  };
}

/** Records as seen from `ownOrg`, and which scopes reach each one (the scope ladder of permissions.ts). */
const records: { name: string; record: RecordRef; reachedBy: readonly Scope[] }[] = [
  {
    name: "own organisation's record",
    record: { organisationId: ownOrg },
    reachedBy: ['own_organisation', 'linked', 'all'],
  },
  {
    name: 'record of another organisation shared with ours',
    record: { organisationId: partnerOrg, sharedWithOrganisationIds: [strangerOrg, ownOrg] },
    reachedBy: ['linked', 'all'],
  },
  {
    name: 'record of another organisation, not shared',
    record: { organisationId: strangerOrg, sharedWithOrganisationIds: [partnerOrg] },
    reachedBy: ['all'],
  },
  {
    name: "the actor's own record (token, profile)",
    record: { userId: me, organisationId: strangerOrg },
    reachedBy: ['self', 'own_organisation', 'linked', 'all'],
  },
  {
    name: "another user's record of another organisation",
    record: { userId: 'user-other', organisationId: strangerOrg },
    reachedBy: ['all'],
  },
];

const cells = roles.flatMap((role) =>
  resources.flatMap((resource) => actions.map((action) => ({ role, resource, action }))),
);

describe('authorization matrix: every role x resource x action', () => {
  it('covers all 11 roles x 30 resources x 5 actions', () => {
    expect(cells).toHaveLength(11 * 30 * 5);
  });

  it.each(cells)('$role $action $resource', ({ role, resource, action }) => {
    const want = expected[role][`${resource}:${action}`] ?? null;
    const a = actor([role]);
    expect(scopeFor(a, resource, action)).toBe(want);
    expect(can(a, resource, action)).toBe(want !== null);
    for (const { name, record, reachedBy } of records) {
      const reaches = want !== null && reachedBy.includes(want);
      expect(can(a, resource, action, record), `${name}`).toBe(reaches);
    }
  });
});

describe('domain rules stated in plain words', () => {
  const personRecord: RecordRef = { organisationId: ownOrg };

  it('the system administrator sees no person data and cannot read or verify the audit log', () => {
    const a = actor(['system_administrator']);
    for (const resource of ['person', 'person_identity', 'statistics', 'audit_log'] as const) {
      for (const action of actions) expect(can(a, resource, action)).toBe(false);
    }
    expect(() => authorize(a, 'audit_log', 'read')).toThrow(DomainError);
  });

  it('the national coordinator may count persons but can never open a single one, even of their own organisation', () => {
    const a = actor(['national_coordinator']);
    expect(can(a, 'person', 'read')).toBe(false);
    expect(scopeFor(a, 'statistics', 'read')).toBe('aggregate');
    expect(can(a, 'statistics', 'read')).toBe(true);
    for (const { record } of records) {
      expect(can(a, 'person', 'read', record)).toBe(false);
      expect(can(a, 'statistics', 'read', record)).toBe(false);
      expect(can(a, 'person_identity', 'reveal', record)).toBe(false);
    }
    expect(can(a, 'person', 'read', { organisationId: ownOrg, userId: me })).toBe(false);
  });

  it('the auditor reads and verifies the audit log and reads users, but never persons', () => {
    const a = actor(['auditor']);
    expect(can(a, 'audit_log', 'read')).toBe(true);
    expect(can(a, 'audit_log', 'verify')).toBe(true);
    expect(can(a, 'user', 'read', { organisationId: strangerOrg, userId: 'someone' })).toBe(true);
    expect(can(a, 'person', 'read')).toBe(false);
    expect(can(a, 'person_identity', 'reveal')).toBe(false);
  });

  it('the hotline operator can open a person record for their organisation but never read one', () => {
    const a = actor(['hotline_operator']);
    expect(can(a, 'person', 'create', personRecord)).toBe(true);
    expect(can(a, 'person', 'create', { organisationId: strangerOrg })).toBe(false);
    expect(can(a, 'person', 'read')).toBe(false);
    expect(can(a, 'person', 'read', personRecord)).toBe(false);
    expect(can(a, 'person_identity', 'reveal', personRecord)).toBe(false);
  });

  it.each(['case_worker', 'investigator'] as const)(
    'a %s reads persons of their organisation and shared ones, not other organisations',
    (role) => {
      const a = actor([role]);
      expect(can(a, 'person', 'read', { organisationId: ownOrg })).toBe(true);
      expect(
        can(a, 'person', 'read', { organisationId: partnerOrg, sharedWithOrganisationIds: [ownOrg] }),
      ).toBe(true);
      expect(can(a, 'person', 'read', { organisationId: partnerOrg })).toBe(false);
      expect(can(a, 'person', 'read', { organisationId: partnerOrg, sharedWithOrganisationIds: [] })).toBe(
        false,
      );
      expect(can(a, 'person_identity', 'reveal', { organisationId: strangerOrg })).toBe(false);
    },
  );

  it('authorize throws a forbidden DomainError and returns quietly when allowed', () => {
    const a = actor(['case_worker']);
    expect(() => authorize(a, 'person', 'read', { organisationId: ownOrg })).not.toThrow();
    try {
      authorize(a, 'person', 'read', { organisationId: strangerOrg });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('forbidden');
    }
  });
});

describe('API token scopes narrow the roles', () => {
  it('a token limited to person:read reads persons but cannot create, update or reveal', () => {
    const a = actor(['case_worker'], ['person:read']);
    const record = { organisationId: ownOrg };
    expect(can(a, 'person', 'read', record)).toBe(true);
    expect(can(a, 'person', 'create', record)).toBe(false);
    expect(can(a, 'person', 'update', record)).toBe(false);
    expect(can(a, 'person_identity', 'reveal', record)).toBe(false);
    expect(can(a, 'organisation', 'read')).toBe(false);
    expect(scopeFor(a, 'person', 'read')).toBe('linked');
    expect(scopeFor(a, 'person', 'update')).toBeNull();
  });

  it('a scope never widens what the roles allow', () => {
    const a = actor(['case_worker'], ['audit_log:read', 'person:read', 'user:create']);
    expect(can(a, 'audit_log', 'read')).toBe(false);
    expect(can(a, 'user', 'create')).toBe(false);
    expect(scopeFor(a, 'audit_log', 'read')).toBeNull();
    // Nor does it widen the reach of a held permission.
    expect(can(a, 'person', 'read', { organisationId: strangerOrg })).toBe(false);
  });

  it('an empty scope list allows nothing, unlike no token at all', () => {
    for (const cell of cells) {
      expect(can(actor([cell.role], []), cell.resource, cell.action)).toBe(false);
      expect(scopeFor(actor([cell.role], []), cell.resource, cell.action)).toBeNull();
    }
  });

  it.each(cells)(
    'token with exactly $resource:$action keeps that one right of $role and nothing else',
    ({ role, resource, action }) => {
      const permission: Permission = `${resource}:${action}`;
      const a = actor([role], [permission]);
      const held = expected[role][permission] !== undefined;
      expect(can(a, resource, action)).toBe(held);
      for (const other of cells) {
        if (other.role !== role || (other.resource === resource && other.action === action)) continue;
        expect(can(a, other.resource as Resource, other.action as Action)).toBe(false);
      }
    },
  );
});

describe('scopeFor with several roles', () => {
  it('picks the widest scope among the roles', () => {
    expect(scopeFor(actor(['case_worker', 'auditor']), 'user', 'read')).toBe('all');
    expect(scopeFor(actor(['auditor', 'case_worker']), 'user', 'read')).toBe('all');
    expect(scopeFor(actor(['national_coordinator', 'case_worker']), 'person', 'read')).toBe('linked');
    expect(scopeFor(actor(['hotline_operator', 'case_worker']), 'person', 'create')).toBe('linked');
    expect(scopeFor(actor(['national_coordinator']), 'user', 'read')).toBe('own_organisation');
  });

  it('is null with no roles, and the union of rights applies to can()', () => {
    expect(scopeFor(actor([]), 'organisation', 'read')).toBeNull();
    expect(can(actor([]), 'organisation', 'read')).toBe(false);
    const both = actor(['national_coordinator', 'case_worker']);
    expect(can(both, 'person', 'read', { organisationId: ownOrg })).toBe(true);
    expect(can(both, 'statistics', 'read')).toBe(true);
    expect(can(both, 'person', 'read', { organisationId: strangerOrg })).toBe(false);
  });
});

describe('policy properties', () => {
  const recordArb: fc.Arbitrary<RecordRef> = fc.record(
    {
      organisationId: fc.constantFrom(ownOrg, partnerOrg, strangerOrg, null),
      sharedWithOrganisationIds: fc.subarray([ownOrg, partnerOrg, strangerOrg]),
      userId: fc.constantFrom(me, 'user-other', null),
    },
    { requiredKeys: [] },
  );
  const permissionArb = fc.constantFrom(...cells.map((c) => `${c.resource}:${c.action}`));

  it('a token never allows what the same user without a token may not do', () => {
    fc.assert(
      fc.property(
        fc.subarray([...roles]),
        fc.array(permissionArb),
        fc.constantFrom(...resources),
        fc.constantFrom(...actions),
        fc.option(recordArb, { nil: undefined }),
        (r, scopesOfToken, resource, action, record) => {
          if (can(actor(r, scopesOfToken), resource, action, record)) {
            expect(can(actor(r), resource, action, record)).toBe(true);
            expect(scopesOfToken).toContain(`${resource}:${action}`);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reaching one record implies holding the permission, and adding a role never takes a right away', () => {
    fc.assert(
      fc.property(
        fc.subarray([...roles]),
        fc.constantFrom(...roles),
        fc.constantFrom(...resources),
        fc.constantFrom(...actions),
        recordArb,
        (r, extra, resource, action, record) => {
          if (can(actor(r), resource, action, record)) {
            expect(can(actor(r), resource, action)).toBe(true);
            expect(can(actor([...r, extra]), resource, action, record)).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('no combination of roles lets a system administrator or national coordinator open a person record', () => {
    fc.assert(
      fc.property(
        fc.subarray(['system_administrator', 'national_coordinator', 'auditor'] as Role[]),
        recordArb,
        (r, record) => {
          expect(can(actor(r), 'person', 'read', record)).toBe(false);
          expect(can(actor(r), 'person_identity', 'reveal', record)).toBe(false);
        },
      ),
    );
  });
});
