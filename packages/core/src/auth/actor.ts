import type { OrganisationType } from '../organisations/organisation-types.ts';
import type { Role } from './roles.ts';

/** Who is acting: resolved from a session or an API token before any use case runs. */
export interface Actor {
  /**
   * 'operator': the command line (`opennrm ...` at the server's shell, see operator-actor.ts),
   * whose rights are `operatorGrants`, not a role's; 'import': a historic import acting for an
   * organisation (historic-import/import-actor.ts), whose rights are `importGrants`; absent: a
   * signed-in user.
   */
  kind?: 'operator' | 'import';
  /** Set on an import actor: the run every event it records belongs to. */
  importId?: string;
  userId: string;
  organisationId: string;
  organisationType: OrganisationType;
  roles: readonly Role[];
  /** Set when acting through a personal API token: the token's scopes narrow the roles' rights. */
  tokenScopes?: readonly string[];
  /**
   * Set when the user's roles require a second factor they have not enrolled: until they do,
   * the policy grants only their own account (second-factor-policy.ts).
   */
  secondFactorPending?: true;
  /** The session's identity provider reported a second factor: it stands in for the local one. */
  secondFactorAtProvider?: true;
  /** The session or token that authenticated this actor (logged, never the secret). */
  credentialId: string;
}

/** Where a request came from, for the audit trail. */
export interface RequestMeta {
  requestId: string;
  clientIp: string | null;
  userAgent: string | null;
}
