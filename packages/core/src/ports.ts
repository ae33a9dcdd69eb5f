import type { AlertStore } from './alerts/alert-ports.ts';
import type { AuditKeys } from './audit/audit-keys.ts';
import type { Role } from './auth/roles.ts';
import type { CountryReportStore } from './country-report/country-report-ports.ts';
import type { CountryReportReleaseStore } from './country-report/releases/country-report-release.ts';
import type { DatasetStore } from './ctdc/dataset-store.ts';
import type { CtdcExportSource } from './ctdc-export/ctdc-export-ports.ts';
import type { HistoricImportStore } from './historic-import/historic-import-ports.ts';
import type {
  ConfigurationStore,
  DecisionStore,
  IndicatorListStore,
  PersonStore,
  ScreeningStore,
} from './identification/identification-ports.ts';
import type { JobStore } from './jobs/job-ports.ts';
import type { TodayStore } from './me/today-ports.ts';
import type {
  ApiToken,
  AuditEvent,
  AuditEventInput,
  ExternalIdentity,
  Organisation,
  SecondFactor,
  Session,
  SignInChallenge,
  User,
} from './model.ts';
import type { Scope } from './policy/permissions.ts';
import type { ActionPlanStore, PreventionStore } from './prevention/prevention-ports.ts';
import type { ProsecutionStore } from './prosecution/prosecution-ports.ts';
import type { FundingStore, ProtectionStore, ShelterStore } from './protection/protection-ports.ts';
import type { ConsentStore, NotificationStore, ReferralStore } from './referrals/referral-ports.ts';
import type { RetentionStore } from './retention/retention-ports.ts';
import type { StatisticsReleaseStore } from './statistics/releases/release-model.ts';
import type { StatisticsStore } from './statistics/statistics-ports.ts';

/** Which records a list may contain, derived from the actor's scope by the use case. */
export interface Visibility {
  scope: Scope;
  userId: string;
  organisationId: string;
}

export interface OrganisationStore {
  list(filter: { includeInactive?: boolean }): Promise<Organisation[]>;
  get(id: string): Promise<Organisation | undefined>;
  findByName(name: string): Promise<Organisation | undefined>;
  /** Names by id in one read (lists repeat the same few organisations). */
  namesOf(ids: readonly string[]): Promise<Map<string, string>>;
  create(org: Organisation): Promise<void>;
  update(id: string, patch: Partial<Omit<Organisation, 'id' | 'createdAt'>>): Promise<number>;
}

export interface UserFilter {
  organisationId?: string;
  role?: Role;
  search?: string;
  includeInactive?: boolean;
}

export interface UserStore {
  list(filter: UserFilter, visibility: Visibility): Promise<User[]>;
  get(id: string): Promise<User | undefined>;
  /** Several users in one read (an audit page names everyone on it); unknown ids are left out. */
  getMany(ids: readonly string[]): Promise<User[]>;
  /** Case-insensitive. */
  findByEmail(email: string): Promise<User | undefined>;
  create(user: User): Promise<void>;
  /** Returns the number of rows changed (0 when the user does not exist). */
  update(id: string, patch: Partial<Omit<User, 'id' | 'createdAt'>>): Promise<number>;
  countByRole(role: Role): Promise<number>;
}

/**
 * A session with what every request needs of its holder: the user's standing and roles, the
 * organisation's, and whether a second factor is confirmed (authenticateSession).
 */
export interface SessionHolder {
  session: Session;
  user: Pick<User, 'id' | 'active' | 'roles' | 'organisationId'>;
  organisation: Pick<Organisation, 'id' | 'type' | 'active'> | undefined;
  secondFactorConfirmed: boolean;
}

export interface SessionStore {
  create(session: Session): Promise<void>;
  /** The session with its holder, in one read: it is asked on every request. */
  findHolderByTokenHash(tokenHash: string): Promise<SessionHolder | undefined>;
  touch(id: string, lastSeenAt: Date, expiresAt: Date): Promise<void>;
  delete(id: string): Promise<number>;
  /** Ends the user's sessions, except `exceptId` (the one the user is working in) when given. */
  deleteForUser(userId: string, exceptId?: string): Promise<number>;
  deleteExpired(now: Date): Promise<number>;
}

export interface ApiTokenStore {
  create(token: ApiToken): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<ApiToken | undefined>;
  listForUser(userId: string): Promise<ApiToken[]>;
  get(id: string): Promise<ApiToken | undefined>;
  markUsed(id: string, at: Date): Promise<void>;
  revoke(id: string, at: Date): Promise<number>;
  revokeForUser(userId: string, at: Date): Promise<number>;
}

export interface AuditFilter {
  actorUserId?: string;
  /** Events done by anyone of this organisation. */
  actorOrganisationId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
  /** Keyset pagination: events with seq below this one, newest first. */
  beforeSeq?: number;
  limit: number;
}

export interface AuditStore {
  /**
   * The audit key this store chains with (null: unkeyed SHA-256, for tests and tools that
   * never see the key). Verification uses the same keys.
   */
  readonly keys: AuditKeys | null;
  /**
   * Appends one event to the chain. Implementations serialize appends (one writer at a time)
   * and compute the hash with `linkAuditEvent` over the previous event's hash.
   */
  append(event: AuditEventInput): Promise<AuditEvent>;
  list(filter: AuditFilter): Promise<AuditEvent[]>;
  /** How many events match (the cursor and limit aside), read up to `cap` + 1 rows. */
  count(
    filter: Omit<AuditFilter, 'beforeSeq' | 'limit'>,
    cap: number,
  ): Promise<{ count: number; more: boolean }>;
  /** Events in chain order from `afterSeq` (exclusive), at most `limit`. */
  scan(afterSeq: number, limit: number): Promise<AuditEvent[]>;
}

/** A limit on failed attempts per key (an account, a client address), with its lockout. */
export interface AttemptLimit {
  /** Failures allowed; attempts still being evaluated count against it too. */
  limit: number;
  /** Failures older than this are forgotten while the key is under the limit. */
  windowMs: number;
  /** How long the key is refused once the limit is reached, from the failure that reached it. */
  lockMs: number;
  /** An attempt not settled by then (its process died) stops holding its place. */
  slotMs: number;
}

/** Accounts at OpenID providers linked to local users (one per user and issuer). */
export interface ExternalIdentityStore {
  find(issuer: string, subject: string): Promise<ExternalIdentity | undefined>;
  findForUser(issuer: string, userId: string): Promise<ExternalIdentity | undefined>;
  link(identity: ExternalIdentity): Promise<void>;
  touch(issuer: string, subject: string, at: Date): Promise<void>;
}

/** Second factors, their recovery codes (hashes only) and the sign-in challenges waiting for one. */
export interface SecondFactorStore {
  get(userId: string): Promise<SecondFactor | undefined>;
  /** Starts (or restarts) an enrolment: replaces any factor of the user that is still pending. */
  savePending(factor: SecondFactor): Promise<void>;
  /** Confirms a pending factor with its first step; 0 when none is pending. */
  confirm(userId: string, at: Date, step: number): Promise<number>;
  /** Records `step` as used, only if it is later than every step used before (compare-and-set). */
  useStep(userId: string, step: number): Promise<boolean>;
  /** Removes the factor, its recovery codes and its challenges; returns 1 if a factor existed. */
  remove(userId: string): Promise<number>;
  replaceRecoveryCodes(userId: string, codeHashes: readonly string[], at: Date): Promise<void>;
  /** Marks one unused code as used; false when the hash is unknown or already used. */
  useRecoveryCode(userId: string, codeHash: string, at: Date): Promise<boolean>;
  countUnusedRecoveryCodes(userId: string): Promise<number>;
  createChallenge(challenge: SignInChallenge): Promise<void>;
  findChallenge(tokenHash: string): Promise<SignInChallenge | undefined>;
  deleteChallenge(id: string): Promise<void>;
}

/** `limited`: the failures reached the limit. `busy`: attempts in evaluation fill what is left. */
export type AttemptClaim = { granted: true } | { granted: false; reason: 'limited' | 'busy'; retryAt: Date };

/** `failed` counts a failure, `cleared` forgets the failures (a success), `released` neither. */
export type AttemptOutcome = 'failed' | 'cleared' | 'released';

/** Counters in fixed windows, for login rate limits. */
export interface ThrottleStore {
  /** Adds one hit to `key` and returns the count in the current window. */
  hit(key: string, now: Date, windowMs: number): Promise<number>;
  count(key: string, now: Date, windowMs: number): Promise<number>;
  reset(key: string): Promise<void>;
  /**
   * Takes a place for one attempt on `key`, atomically (one statement in the database, so every
   * server process sees it): granted only while failures plus attempts in evaluation stay under
   * the limit, so concurrent attempts cannot all slip past a limit that was read before any failed.
   */
  claim(key: string, now: Date, limit: AttemptLimit): Promise<AttemptClaim>;
  /** Gives a granted place back with its outcome; returns the failures and the lock it leaves. */
  settle(
    key: string,
    now: Date,
    limit: AttemptLimit,
    outcome: AttemptOutcome,
  ): Promise<{ failures: number; lockedUntil: Date | null }>;
}

export interface Store {
  organisations: OrganisationStore;
  persons: PersonStore;
  screenings: ScreeningStore;
  decisions: DecisionStore;
  indicatorLists: IndicatorListStore;
  configuration: ConfigurationStore;
  referrals: ReferralStore;
  consents: ConsentStore;
  /** Aggregates for reports: SQL over the records (no in-memory fake; tested on both databases). */
  statistics: StatisticsStore;
  /** Frozen national releases of the statistics, files byte for byte as published. */
  statisticsReleases: StatisticsReleaseStore;
  /** Imported CTDC datasets (complete ones only). */
  datasets: DatasetStore;
  /** Our records as CTDC export rows (no identifier ever leaves through it). */
  ctdcExport: CtdcExportSource;
  notifications: NotificationStore;
  /** Counts of what waits for an organisation (the home page's "what needs me today"). */
  today: TodayStore;
  alerts: AlertStore;
  /** Protection of persons: services delivered, cooperation, reflection, permits, returns. */
  protection: ProtectionStore;
  /** Shelter facilities and stays (occupancy counted from the stays). */
  shelters: ShelterStore;
  /** Budget lines, allocations and disbursements of victim assistance. */
  funding: FundingStore;
  /** Awareness, trainings, oversight, hotline contacts (no person's record). */
  prevention: PreventionStore;
  /** The national action plan and recommendations. */
  actionPlans: ActionPlanStore;
  /** The country report's narrative edits and the coordinator's self-assessment. */
  countryReports: CountryReportStore;
  countryReportReleases: CountryReportReleaseStore;
  /** Criminal cases, defendants and their stages; victims' penalties (non-punishment). */
  prosecution: ProsecutionStore;
  users: UserStore;
  sessions: SessionStore;
  /** Bookkeeping of the historic import: which source record became which of ours. */
  historicImports: HistoricImportStore;
  apiTokens: ApiTokenStore;
  audit: AuditStore;
  throttle: ThrottleStore;
  secondFactors: SecondFactorStore;
  externalIdentities: ExternalIdentityStore;
  /** Recurring background work shared by every server process (the job table). */
  jobs: JobStore;
  /** Retention and erasure: expiry, holds, anonymisation, subject access (SQL only). */
  retention: RetentionStore;
  /** Runs `work` in one database transaction; everything it does commits or rolls back together. */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
}

export interface Clock {
  now(): Date;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}
