import type { Role } from '../auth/roles.ts';
import type { SecuritySettings } from '../context.ts';
import type { Organisation, User } from '../model.ts';
import { secondFactorRequired } from './second-factor-policy.ts';

/** What the identity provider said about the person, read from a verified ID token. */
export interface ProviderIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  /** The values of the roles claim, as the provider sent them (unmapped). */
  roleValues: string[];
  /** The value of the organisation claim, as the provider sent it (unmapped). */
  organisationValue: string | null;
  amr: string[];
  acr: string | null;
}

/** The operator's rules for provider sign-in (OPENNRM_OIDC_*; docs/operations/single-sign-on.md). */
export interface SingleSignOnPolicy {
  /** How an identity finds its local user, in order: the linked subject, then the e-mail. */
  matchBy: readonly ('subject' | 'email')[];
  /** Create a user on first sign-in when none matches (needs roles and organisation from claims). */
  provision: boolean;
  /** `claims`: roles come from the provider at each sign-in; `local`: the administrator's stay. */
  rolesFrom: 'claims' | 'local';
  organisationFrom: 'claims' | 'local';
  /** Claim value -> role. Values not in the table grant nothing. */
  roleMap: Readonly<Record<string, Role>>;
  /** Claim value -> organisation id. Values not in the table place no one. */
  organisationMap: Readonly<Record<string, string>>;
  /** Without it no claim makes a system administrator, whatever the table says. */
  administratorFromClaims: boolean;
  /** `amr` values any of which counts as the provider's second factor (e.g. mfa, otp, hwk). */
  secondFactorAmr: readonly string[];
  /** `acr` values that count as the provider's second factor (a level of assurance). */
  secondFactorAcr: readonly string[];
}

export type RefusalReason =
  | 'no_account'
  | 'email_unverified'
  | 'linked_elsewhere'
  | 'administrator_by_email'
  | 'inactive_user'
  | 'inactive_organisation'
  | 'no_mapped_role'
  | 'unknown_organisation'
  | 'second_factor_missing';

export type ProviderSignInDecision =
  | {
      allow: true;
      /** No local user yet: create one with these. */
      provision: boolean;
      roles: Role[];
      organisationId: string;
      /** The provider's MFA stands in for the local second factor the roles require. */
      providerSecondFactor: boolean;
    }
  | { allow: false; reason: RefusalReason };

/** The roles the claim values map to, never one outside the table, the administrator only if allowed. */
export function mapProviderRoles(values: readonly string[], policy: SingleSignOnPolicy): Role[] {
  const mapped = new Set<Role>();
  for (const value of values) {
    const role = Object.hasOwn(policy.roleMap, value) ? policy.roleMap[value] : undefined;
    if (!role) continue;
    if (role === 'system_administrator' && !policy.administratorFromClaims) continue;
    mapped.add(role);
  }
  return [...mapped].sort();
}

/** Whether the ID token reports a second factor the operator accepts. */
export function providerShowedSecondFactor(identity: ProviderIdentity, policy: SingleSignOnPolicy): boolean {
  return (
    identity.amr.some((value) => policy.secondFactorAmr.includes(value)) ||
    (identity.acr !== null && policy.secondFactorAcr.includes(identity.acr))
  );
}

/**
 * May this identity sign in as that user (or become a new one), and with which roles and body?
 * `user` is the local match (by subject or e-mail, see `matchedBy`), `linkedSubject` the subject
 * that user is already linked to at this issuer. `organisation` is the body the user would act
 * for: a local one, or the one the claim maps to (undefined when it maps to none).
 */
export function decideProviderSignIn(input: {
  identity: ProviderIdentity;
  user: User | undefined;
  matchedBy: 'subject' | 'email' | null;
  linkedSubject: string | null;
  organisation: Organisation | undefined;
  policy: SingleSignOnPolicy;
  security: Pick<SecuritySettings, 'secondFactorRoles'>;
}): ProviderSignInDecision {
  const { identity, user, policy } = input;
  // An e-mail the provider has not verified could be anyone's: it never finds an account.
  if (input.matchedBy === 'email' && !identity.emailVerified) return refuse('email_unverified');
  // Another subject of this provider already holds the account: a second one may not take it.
  if (input.matchedBy === 'email' && input.linkedSubject && input.linkedSubject !== identity.subject) {
    return refuse('linked_elsewhere');
  }
  // Whoever administers the provider can give anyone a verified address: the account that decides
  // who may sign in is not handed over by e-mail unless the operator trusts the provider with it.
  if (
    input.matchedBy === 'email' &&
    user?.roles.includes('system_administrator') &&
    !policy.administratorFromClaims
  ) {
    return refuse('administrator_by_email');
  }
  if (!user && !policy.provision) return refuse('no_account');
  if (user && !user.active) return refuse('inactive_user');
  const roles =
    !user || policy.rolesFrom === 'claims' ? mapProviderRoles(identity.roleValues, policy) : user.roles;
  if (roles.length === 0) return refuse('no_mapped_role');
  const organisation = input.organisation;
  if (!organisation) return refuse('unknown_organisation');
  if (!organisation.active) return refuse('inactive_organisation');
  const providerSecondFactor = providerShowedSecondFactor(identity, policy);
  if (secondFactorRequired(roles, input.security) && !providerSecondFactor) {
    return refuse('second_factor_missing');
  }
  return { allow: true, provision: !user, roles, organisationId: organisation.id, providerSecondFactor };
}

/** The organisation id the claim maps to, or null when the table has no row for it. */
export function mapProviderOrganisation(
  identity: ProviderIdentity,
  policy: SingleSignOnPolicy,
): string | null {
  const value = identity.organisationValue;
  if (value === null || !Object.hasOwn(policy.organisationMap, value)) return null;
  return policy.organisationMap[value] ?? null;
}

function refuse(reason: RefusalReason): ProviderSignInDecision {
  return { allow: false, reason };
}
