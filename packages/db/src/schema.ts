import type { OrganisationType, Role } from '@opennrm/core';
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { CountryReportTables } from './schema-country-report.ts';
import type { CtdcTables } from './schema-ctdc.ts';
import type { HistoricImportTables } from './schema-historic-import.ts';
import type { IdentificationTables } from './schema-identification.ts';
import type { JobTables } from './schema-jobs.ts';
import type { ListAccessTables } from './schema-list-access.ts';
import type { PreventionTables } from './schema-prevention.ts';
import type { ProsecutionTables } from './schema-prosecution.ts';
import type { ProtectionTables } from './schema-protection.ts';
import type { ReferralTables } from './schema-referrals.ts';
import type { ReleaseTables } from './schema-releases.ts';
import type { RetentionTables } from './schema-retention.ts';
import type { SecondFactorTables } from './schema-second-factor.ts';

/**
 * The Kysely view of the tables. Ids are uuids generated in JS (so a use case knows the id before
 * it writes); timestamps are `timestamptz` and come back as `Date` on both backends.
 */
export interface Database
  extends IdentificationTables,
    ReferralTables,
    CtdcTables,
    ReleaseTables,
    HistoricImportTables,
    ProtectionTables,
    PreventionTables,
    ProsecutionTables,
    CountryReportTables,
    JobTables,
    SecondFactorTables,
    ListAccessTables,
    RetentionTables {
  organisations: OrganisationsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_events: AuditEventsTable;
  throttle: ThrottleTable;
  opennrm_migrations: MigrationsTable;
  installation_keys: InstallationKeysTable;
}

export interface OrganisationsTable {
  id: string;
  name: string;
  type: OrganisationType;
  region: string | null;
  parent_id: string | null;
  active: boolean;
  address_sealed: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface UsersTable {
  id: string;
  organisation_id: string;
  /** citext: unique and compared without regard to case. */
  email: string;
  display_name: string;
  locale: string;
  active: boolean;
  password_hash: string;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface UserRolesTable {
  user_id: string;
  role: Role;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  token_hash: string;
  csrf_token: string;
  client_ip: string | null;
  user_agent: string | null;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  signed_in_with: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  prefix: string;
  token_hash: string;
  scopes: string[];
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date | null;
  revoked_at: Date | null;
}

export interface AuditEventsTable {
  seq: number;
  at: Date;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  actor_roles: string[];
  action: string;
  entity_type: string;
  entity_id: string | null;
  client_ip: string | null;
  request_id: string | null;
  /** Written as a JSON string (so arrays are never mistaken for PostgreSQL arrays), read as an object. */
  details: ColumnType<Record<string, unknown>, string, string>;
  prev_hash: string;
  hash: string;
  /** 1: SHA-256 (before the audit key, and the default of old rows); 2: HMAC under the audit key. */
  hash_version: Generated<number>;
}

export interface ThrottleTable {
  key: string;
  window_start: Date;
  hits: number;
  /** Sign-in attempts granted and not yet settled (0007). */
  pending: Generated<number>;
  pending_at: Date | null;
}

export interface MigrationsTable {
  version: number;
  name: string;
  applied_at: Date;
}

/** Key ids and fingerprints (never keys) the data depends on; checked at every start. */
export interface InstallationKeysTable {
  purpose: string;
  key_id: string;
  fingerprint: string | null;
  recorded_at: Generated<Date>;
  retired_at: Date | null;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type NewOrganisationRow = Insertable<OrganisationsTable>;
export type OrganisationUpdate = Updateable<OrganisationsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type ThrottleRow = Selectable<ThrottleTable>;
export type * from './schema-identification.ts';
export type * from './schema-jobs.ts';
export type * from './schema-referrals.ts';
export type * from './schema-second-factor.ts';
