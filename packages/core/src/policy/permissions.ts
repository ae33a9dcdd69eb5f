import type { Role } from '../auth/roles.ts';

/**
 * Everything the policy can be asked about. Later modules add resources here (and grants in
 * grants.ts); nothing else in the code decides who may do what.
 */
export const resources = [
  'organisation',
  'user',
  'api_token',
  /** The signed-in user's own account: profile, password, sessions. */
  'account',
  'audit_log',
  'configuration',
  'person',
  'person_identity',
  /** Special-category data (ethnicity, disability): a narrower reveal than identity. */
  'person_sensitive',
  /** Formal decisions: identified or not a victim, and reconsiderations. */
  'identification_decision',
  /** Referrals between organisations (create = send; update = accept, decline, complete, withdraw). */
  'referral',
  /** An adult's consent to share: recorded and withdrawn. */
  'consent',
  /** Sharing identity without consent or the child rule: a separate right, with a reason, audited. */
  'consent_override',
  'statistics',
  /** Loading a country's records from before OpenNRM (create = run it, read = templates and runs). */
  'historic_import',
  /** Frozen national publications of the statistics (create = publish, or correct, a release). */
  'statistics_release',
  /** A person's protection records: services delivered, cooperation, reflection, permits, returns, stays. */
  'protection',
  /** Shelters: the board (read), registering facilities (create, update), admitting and discharging (stays). */
  'shelter',
  /** Who lives in a facility and where it is: its operator's staff only (facility-access-policy.ts). */
  'shelter_residents',
  /** Budget lines, allocations, disbursements: money is seen by finance and the coordinator only. */
  'funding',
  /** Awareness activities, trainings of officials, demand reduction and recruitment oversight. */
  'prevention_activity',
  /** Hotline contacts (reveal = the caller's identity and notes, when given). */
  'hotline_contact',
  /** The national action plan (update = report progress on an activity of one's body). */
  'action_plan',
  /** Recommendations (TIP, GRETA, treaty bodies) and their status by year. */
  'recommendation',
  /**
   * Potential-case alerts alone, for a role that raises and follows alerts without referral
   * work on persons (the hotline). Referral work includes alerts (alert-access-policy.ts).
   */
  'alert',
  /** Criminal cases, their defendants and stages (reveal = a defendant's sealed name). */
  'criminal_case',
  /** The complicity compartment: cases involving a public official (the integrity unit). */
  'criminal_case_complicity',
  /**
   * The country's report: the TIP, GRETA and UNODC questionnaires filled from the national
   * figures, the narrative and its edits, the minimum-standards self-assessment (aggregates only).
   */
  'country_report',
  /**
   * Retention (docs/security/retention.md): the rules, the dry run and legal holds (read, update,
   * create). Codes and counts only, never an identity: the administrator's.
   */
  'retention',
  /**
   * A data subject's rights on a lawful request: `create` erases (anonymises) the person, `read`
   * exports everything held on them. The data protection officer's (the auditor, users.md).
   */
  'data_subject_request',
] as const;
export type Resource = (typeof resources)[number];

export const actions = ['read', 'create', 'update', 'reveal', 'verify'] as const;
export type Action = (typeof actions)[number];

/**
 * How far a grant reaches, narrowest first (each includes the ones before it):
 * - aggregate: counts only, never a single record (national roles);
 * - self: records that belong to the acting user (their tokens, their profile);
 * - own_organisation: records of the actor's organisation;
 * - linked: own organisation's records plus those shared with it by a referral or a case;
 * - all: every record of the installation.
 */
export const scopes = ['aggregate', 'self', 'own_organisation', 'linked', 'all'] as const;
export type Scope = (typeof scopes)[number];

export interface Grant {
  resource: Resource;
  action: Action;
  scope: Scope;
}

/** `resource:action`, the unit an API token may be limited to. */
export type Permission = `${Resource}:${Action}`;

export function permissionOf(resource: Resource, action: Action): Permission {
  return `${resource}:${action}`;
}

export type GrantTable = Readonly<Record<Role, readonly Grant[]>>;
