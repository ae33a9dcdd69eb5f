/**
 * Types of the HTTP API as the web app uses them. The contracts package (zod) is being written in
 * parallel; when it lands these become `z.infer<...>` re-exports, which is why they all live here.
 * Dates arrive as ISO strings.
 */

export const locales = ['en', 'az', 'ru'] as const;
export type Locale = (typeof locales)[number];

export const roles = [
  'system_administrator',
  'national_coordinator',
  'case_worker',
  'investigator',
  'prosecutor',
  'shelter_manager',
  'hotline_operator',
  'auditor',
] as const;
export type Role = (typeof roles)[number];

export const organisationTypes = [
  'police',
  'prosecution',
  'court',
  'migration_service',
  'labour_inspectorate',
  'child_protection',
  'victim_assistance_centre',
  'shelter',
  'ngo',
  'hotline',
  'coordinator',
  'international_organisation',
  'other_public_body',
  'system_operator',
] as const;
export type OrganisationType = (typeof organisationTypes)[number];

export const errorCodes = [
  'bad_request',
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'invalid_transition',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'locked',
  'csrf_failed',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorBody {
  error: { code: ErrorCode | string; message: string; details?: unknown };
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  roles: Role[];
  organisationId: string;
  active: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

/** The sealed address is never part of an organisation; see `AddressReveal`. */
export interface Organisation {
  id: string;
  name: string;
  type: OrganisationType;
  region: string | null;
  parentId: string | null;
  active: boolean;
  hasAddress: boolean;
  createdAt: string;
}

export interface Me {
  user: User;
  organisation: Organisation;
  permissions: string[];
  csrfToken: string;
}

export type SignInResponse = Me;

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiToken {
  token: ApiToken;
  secret: string;
}

export interface OrganisationInput {
  name: string;
  type: OrganisationType;
  region?: string | null;
  parentId?: string | null;
  active?: boolean;
  address?: string | null;
}

export interface UserCreateInput {
  email: string;
  displayName: string;
  organisationId: string;
  roles: Role[];
  password: string;
  locale?: Locale;
}

export interface UserUpdateInput {
  displayName?: string;
  organisationId?: string;
  roles?: Role[];
  active?: boolean;
  locale?: Locale;
}

export interface AuditEvent {
  seq: number;
  at: string;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  actorRoles: string[];
  action: string;
  entityType: string;
  entityId: string | null;
  clientIp: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
  hash: string;
}

export interface AuditPage {
  events: AuditEvent[];
  nextBeforeSeq: number | null;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  lastSeq: number | null;
  problem: null | { kind: 'altered' | 'inserted' | 'deleted'; seq: number; message: string };
}

export interface Health {
  status: 'ok';
  database: 'pglite' | 'postgres';
  version: string;
}
