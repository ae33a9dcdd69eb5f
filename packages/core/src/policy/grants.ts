import type { Role } from '../auth/roles.ts';
import type { Action, Grant, GrantTable, Resource, Scope } from './permissions.ts';

function g(resource: Resource, scope: Scope, ...actions: Action[]): Grant[] {
  return actions.map((action) => ({ resource, action, scope }));
}

/** What every signed-in user may do: read the directory of bodies, manage their own tokens. */
const everyone: Grant[] = [
  ...g('organisation', 'all', 'read'),
  ...g('api_token', 'self', 'read', 'create', 'update'),
  ...g('user', 'self', 'read'),
  // Their own name, language, password and sessions.
  ...g('account', 'self', 'update'),
];

/**
 * Prevention work a body records for itself, and what everyone reads of the national plan and
 * the recommendations (no person in either).
 */
const prevention: Grant[] = [
  // `update`: a body corrects its own mistaken entries (audited).
  ...g('prevention_activity', 'own_organisation', 'read', 'create', 'update'),
  ...g('action_plan', 'all', 'read'),
  ...g('recommendation', 'all', 'read'),
];

/** Front-line roles work on persons their organisation holds or that were shared with it. */
const frontLine: Grant[] = [
  ...g('user', 'own_organisation', 'read'),
  ...g('person', 'linked', 'read', 'create', 'update'),
  ...g('person_identity', 'linked', 'reveal'),
  ...g('identification_decision', 'linked', 'create'),
  ...g('referral', 'linked', 'read', 'create', 'update'),
  ...g('consent', 'linked', 'create', 'update'),
  // Their own organisation's figures (the annual report scoped to it), for planning and reporting.
  ...g('statistics', 'own_organisation', 'read'),
  // Support delivered to the persons they work with; the board of shelters to find a place.
  ...g('protection', 'linked', 'read', 'create'),
  ...g('shelter', 'all', 'read'),
  // Awareness, trainings and oversight their own body carries out; the plan and recommendations.
  ...prevention,
];

/** Criminal cases: open, work on and read ordinary cases of the organisation or assigned to it. */
const caseWork: Grant[] = [...g('criminal_case', 'linked', 'read', 'create', 'update', 'reveal')];

/**
 * The command line's operator (`operatorActor()`): whoever runs `opennrm` at the server's shell
 * has the database anyway, but a command acts through the same policy as a user, with only what
 * the commands need. National figures (`opennrm report`, `opennrm export ctdc`); never a person,
 * an identity or a single record. Its audit events say `via: 'cli'` with no user.
 */
export const operatorGrants: readonly Grant[] = [...g('statistics', 'aggregate', 'read')];

/**
 * A historic import acting for one organisation (`importActor()`): it records what that body did
 * before OpenNRM (registers, screens, decides, records consent, refers and answers referrals)
 * through the same use cases and the same record-level policy as its users, within its own
 * organisation and what was referred to it. It never answers a request: what the use cases
 * return stays in the importer, whose report names rows of the file, never a person or a code.
 * Only an administrator holding `historic_import:create` starts one.
 */
export const importGrants: readonly Grant[] = [
  ...g('person', 'own_organisation', 'read', 'create', 'update'),
  // Only so that a referral may carry the identity its own records hold (identityTransfer).
  ...g('person_identity', 'own_organisation', 'reveal'),
  ...g('identification_decision', 'linked', 'create'),
  ...g('referral', 'linked', 'create', 'update'),
  ...g('consent', 'own_organisation', 'create'),
  // What the body delivered before OpenNRM: services, stays in its own facilities, its funding.
  ...g('protection', 'own_organisation', 'read', 'create'),
  ...g('shelter', 'own_organisation', 'read', 'create'),
  ...g('shelter_residents', 'own_organisation', 'read', 'create', 'update'),
  ...g('funding', 'own_organisation', 'read', 'create'),
  // Prevention records of the years before: activities, trainings, oversight, hotline contacts.
  ...g('prevention_activity', 'own_organisation', 'create'),
  ...g('hotline_contact', 'own_organisation', 'create'),
  // Criminal cases the body opened, their defendants, stages and payments (case-access-policy.ts:
  // a past complicity case is reached only through the import's own rows; no name is revealed).
  ...g('criminal_case', 'own_organisation', 'read', 'create', 'update'),
];

/**
 * The whole authorization policy as data: role -> grants. Read this table to know who may do
 * what; the authorization matrix test checks every route against it.
 */
export const grants: GrantTable = {
  // Configures the installation; sees no victim data at all.
  system_administrator: [
    ...everyone,
    ...g('organisation', 'all', 'create', 'update'),
    ...g('user', 'all', 'read', 'create', 'update'),
    ...g('configuration', 'all', 'read', 'update'),
    // Loads the country's records from before OpenNRM, acting for the organisations that made
    // them (importGrants); every row through the use cases, every run audited.
    ...g('historic_import', 'all', 'read', 'create'),
    // Registers the country's shelters (the operator, capacity, the sealed address).
    ...g('shelter', 'all', 'read', 'create', 'update'),
    // Retention rules, the dry run (codes and counts) and legal holds: no identity in any of them.
    ...g('retention', 'all', 'read', 'update', 'create'),
  ],
  // Aggregates only: statistics and the directory, never an identity or a single record.
  national_coordinator: [
    ...everyone,
    ...g('user', 'own_organisation', 'read'),
    // Counts come through statistics; no grant on persons at all, so no list can ever leak.
    ...g('statistics', 'aggregate', 'read'),
    // Publishes the national figures: a frozen release, and its corrections. Nobody else does.
    ...g('statistics_release', 'aggregate', 'read', 'create'),
    // The national board of places (no resident, no address) and the money behind assistance.
    ...g('shelter', 'aggregate', 'read'),
    ...g('funding', 'all', 'read'),
    // Coordinates prevention: reads every body's activities (no person in them), keeps the
    // action plan and the recommendations. Hotline contacts reach it only as statistics.
    ...g('prevention_activity', 'all', 'read', 'create'),
    ...g('prevention_activity', 'own_organisation', 'update'),
    ...g('action_plan', 'all', 'read', 'create', 'update'),
    ...g('recommendation', 'all', 'read', 'create', 'update'),
    // Drafts the country's report (questionnaires, narrative, self-assessment) and edits it.
    ...g('country_report', 'aggregate', 'read', 'create', 'update'),
  ],
  // Works with the person: may see special-category data their support needs.
  case_worker: [...everyone, ...frontLine, ...g('person_sensitive', 'linked', 'reveal')],
  // In an emergency the police may share identity without consent: with a reason, audited.
  investigator: [...everyone, ...frontLine, ...caseWork, ...g('consent_override', 'linked', 'create')],
  prosecutor: [
    ...everyone,
    ...g('user', 'own_organisation', 'read'),
    ...g('person', 'linked', 'read'),
    ...g('person_identity', 'linked', 'reveal'),
    // Courts and prosecutors certify victims too (HTCDS CourtOrProsecution).
    ...g('identification_decision', 'linked', 'create'),
    ...g('referral', 'linked', 'read', 'update'),
    ...g('statistics', 'own_organisation', 'read'),
    ...prevention,
    ...caseWork,
  ],
  shelter_manager: [
    ...everyone,
    ...g('user', 'own_organisation', 'read'),
    ...g('person', 'linked', 'read', 'update'),
    ...g('person_identity', 'linked', 'reveal'),
    ...g('person_sensitive', 'linked', 'reveal'),
    ...g('referral', 'linked', 'read', 'create', 'update'),
    ...g('consent', 'linked', 'create', 'update'),
    ...g('statistics', 'own_organisation', 'read'),
    ...g('protection', 'linked', 'read', 'create'),
    // The board, and their own facility: its residents, admissions and discharges, its address.
    ...g('shelter', 'all', 'read'),
    ...g('shelter', 'own_organisation', 'update'),
    ...g('shelter_residents', 'own_organisation', 'read', 'create', 'update'),
    ...prevention,
  ],
  // Logs contacts and may open a record, but never browses existing persons.
  hotline_operator: [
    ...everyone,
    ...g('user', 'own_organisation', 'read'),
    ...g('person', 'own_organisation', 'create'),
    // Contacts of its own hotline: the caller's identity, when given, only to the same hotline.
    ...g('hotline_contact', 'own_organisation', 'read', 'create', 'update', 'reveal'),
    // Raises potential-case alerts from a call and follows them (not referrals of persons).
    ...g('alert', 'own_organisation', 'read', 'create', 'update'),
    ...prevention,
  ],
  // Reports progress on the plan's activities their own body is responsible for; reads the plan.
  plan_owner: [
    ...everyone,
    ...g('user', 'own_organisation', 'read'),
    ...g('action_plan', 'all', 'read'),
    ...g('action_plan', 'own_organisation', 'update'),
    ...g('recommendation', 'all', 'read'),
    // The status of recommendations their body is named responsible for.
    ...g('recommendation', 'linked', 'update'),
    ...g('prevention_activity', 'own_organisation', 'read', 'create', 'update'),
  ],
  // Reads and verifies the trail; knows who is who, sees no identities.
  // As data protection officer, answers a person's lawful request: erasure and subject access,
  // each with the request's reference and legal basis, audited; refused while a hold applies.
  auditor: [
    ...everyone,
    ...g('user', 'all', 'read'),
    ...g('audit_log', 'all', 'read', 'verify'),
    ...g('data_subject_request', 'all', 'read', 'create'),
  ],
  // Keeps the money of victim assistance; never a person, nor the figures about persons (the
  // statistics grant would bring the CTDC export with it: the coordinator publishes those).
  finance_officer: [
    ...everyone,
    ...g('user', 'own_organisation', 'read'),
    ...g('funding', 'all', 'read', 'create', 'update'),
  ],
  // The designated integrity unit: every case of official complicity, wherever it was opened,
  // and its own body's ordinary cases. No grant on persons: a linked victim's record stays
  // with the bodies the person's own policy names (a second role adds person work if needed).
  integrity_officer: [
    ...everyone,
    ...g('user', 'own_organisation', 'read'),
    ...caseWork,
    ...g('criminal_case_complicity', 'all', 'read', 'update', 'reveal'),
  ],
} satisfies Record<Role, readonly Grant[]>;
