import type { Actor, RequestMeta } from './auth/actor.ts';
import type { Role } from './auth/roles.ts';
import type { Clock, PasswordHasher, Store } from './ports.ts';
import type { Sealer } from './sealing/sealer.ts';

/** Tunable security settings; defaults in `defaultSecurity`. */
export interface SecuritySettings {
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Failed passwords for one account before it is locked. */
  lockoutThreshold: number;
  lockoutMinutes: number;
  /** Sign-in attempts allowed per client address per window. */
  ipAttemptsPerWindow: number;
  attemptWindowMinutes: number;
  minPasswordLength: number;
  /** Duplicate checks (registrations included) per user and per organisation in an hour. */
  duplicateChecksPerUserHour: number;
  duplicateChecksPerOrganisationHour: number;
  /** Lifetime of an API token when its creator asks for none, and the longest one may ask for. */
  apiTokenDefaultDays: number;
  apiTokenMaxDays: number;
  /**
   * Roles whose users must sign in with a second factor (OPENNRM_SECOND_FACTOR); a user holding
   * one of them and not enrolled may only enrol (policy/second-factor-policy.ts).
   */
  secondFactorRoles: readonly Role[];
}

export const defaultSecurity: SecuritySettings = {
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  ipAttemptsPerWindow: 30,
  attemptWindowMinutes: 15,
  minPasswordLength: 12,
  duplicateChecksPerUserHour: 60,
  duplicateChecksPerOrganisationHour: 300,
  apiTokenDefaultDays: 90,
  apiTokenMaxDays: 366,
  secondFactorRoles: [],
};

/** The ports every use case may use. Built once per process. */
export interface Deps {
  store: Store;
  clock: Clock;
  sealer: Sealer;
  passwords: PasswordHasher;
  security: SecuritySettings;
  /** Secret of the duplicate-check keys: separate from sealing keys so rotation keeps matches. */
  lookupKey: Buffer;
  newId(): string;
}

/** Deps plus who is acting and from where: what an authenticated use case receives. */
export interface Ctx extends Deps {
  actor: Actor;
  request: RequestMeta;
}
