import type { Role } from './auth/roles.ts';
import type { OrganisationType } from './organisations/organisation-types.ts';

/** Languages of the interface and of generated text. */
export const locales = ['en', 'az', 'ru'] as const;
export type Locale = (typeof locales)[number];

export interface Organisation {
  id: string;
  name: string;
  type: OrganisationType;
  region: string | null;
  parentId: string | null;
  active: boolean;
  /** Sealed street address (shelter locations are secret); revealed only through an audited action. */
  addressSealed: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface User {
  id: string;
  organisationId: string;
  email: string;
  displayName: string;
  locale: Locale;
  roles: Role[];
  active: boolean;
  passwordHash: string;
  failedLogins: number;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Session {
  id: string;
  userId: string;
  /** SHA-256 of the cookie token: a stolen database copy cannot be replayed as a session. */
  tokenHash: string;
  csrfToken: string;
  clientIp: string | null;
  userAgent: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  /** How the user signed in; `provider_mfa`: the identity provider reported a second factor. */
  signedInWith?: SignInMethod | null;
}

export type SignInMethod =
  | 'password'
  | 'password_totp'
  | 'password_recovery_code'
  | 'provider'
  | 'provider_mfa';

/** A user's account at an OpenID provider: the (issuer, subject) pair that signs in as them. */
export interface ExternalIdentity {
  issuer: string;
  subject: string;
  userId: string;
  createdAt: Date;
  lastSignedInAt: Date | null;
}

/**
 * A user's TOTP second factor (RFC 6238). The secret is sealed (it is what a phone holds); an
 * enrolment is pending until a first code proves the phone has it. `lastUsedStep` refuses a code
 * seen before, so a code read over a shoulder cannot be used again.
 */
export interface SecondFactor {
  userId: string;
  secretSealed: string;
  confirmedAt: Date | null;
  lastUsedStep: number | null;
  createdAt: Date;
}

/** A password that was right, waiting for its second factor: only the token's hash is stored. */
export interface SignInChallenge {
  id: string;
  userId: string;
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  /** First characters of the token, shown so people can tell their tokens apart. */
  prefix: string;
  tokenHash: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

export interface AuditEventInput {
  at: Date;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  actorRoles: string[];
  action: string;
  entityType: string;
  entityId: string | null;
  clientIp: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

/** 1: SHA-256 (events written before the audit key); 2: HMAC-SHA256 under the audit key. */
export type AuditHashVersion = 1 | 2;

export interface AuditEvent extends AuditEventInput {
  /** Position in the chain, from 1 with no gaps. */
  seq: number;
  prevHash: string;
  hash: string;
  hashVersion: AuditHashVersion;
}
