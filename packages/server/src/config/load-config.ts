import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSecondFactorRoles, type Role } from '@opennrm/core';
import { type LogLevel, logLevels } from '../observability/create-logger.ts';
import { loadSingleSignOnConfig, type SingleSignOnConfig } from './load-single-sign-on-config.ts';

export interface Config {
  databaseUrl: string | null;
  /** A streaming replica of DATABASE_URL for reports, statistics and exports (OPENNRM_REPLICA_URL). */
  replicaUrl: string | null;
  dataDir: string;
  keyFile: string;
  dataKey: string | null;
  lookupKey: string | null;
  /** Secret of the audit chain and checkpoints (OPENNRM_AUDIT_KEY); else in the key file. */
  auditKey: string | null;
  /** Where `opennrm serve` appends a signed checkpoint of the audit log, periodically. */
  auditCheckpointFile: string | null;
  /** Whom `opennrm serve` mails each checkpoint (needs OPENNRM_SMTP_URL). */
  auditCheckpointMail: string | null;
  auditCheckpointMinutes: number;
  port: number;
  host: string;
  trustedProxies: string[];
  secureCookies: boolean;
  maxBodyBytes: number;
  /** SMTP server for e-mail notifications (smtp://user:pass@host:587); none: in-app only. */
  smtpUrl: string | null;
  mailFrom: string;
  /** The address people use to reach OpenNRM, for links in e-mail. */
  publicUrl: string | null;
  adminEmail: string | null;
  adminPassword: string | null;
  /** How often each process looks in the job table for due background work. */
  jobPollMs: number;
  /**
   * PostgreSQL: connections of the report's own pool (OPENNRM_REPORT_CONNECTIONS, default 2). The
   * report's facts run one per connection at once, so this is how many cores one report may use.
   */
  reportConnections: number;
  /**
   * PostgreSQL: parallel workers per report statement (OPENNRM_REPORT_PARALLEL_WORKERS, default 0).
   * The facts already run side by side, one per connection; workers inside each would only
   * compete for the same cores (bench/RESULTS.md). Raise it when the database has more cores
   * than report connections.
   */
  reportParallelWorkers: number;
  /** E-mail dispatch runs this often (across all processes). */
  mailIntervalSeconds: number;
  /** Overdue referrals are escalated this often. */
  escalationIntervalSeconds: number;
  /** Roles that must sign in with a second factor (OPENNRM_SECOND_FACTOR: none, reveal, all, roles). */
  secondFactorRoles: Role[];
  /** The bearer token Prometheus sends to /metrics; none: /metrics answers 404. */
  metricsToken: string | null;
  /** One JSON line per request on stdout (OPENNRM_ACCESS_LOG=1); off by default. */
  accessLog: boolean;
  /**
   * Gzip the API's answers and index.html when the client accepts it (OPENNRM_COMPRESSION, on by
   * default; `off` behind a proxy that compresses on its own cores). The web app's assets are
   * compressed at build time and served as they are whatever this says.
   */
  compression: boolean;
  /** Sign-in through an OpenID Connect provider (OPENNRM_OIDC_*); null: passwords only. */
  singleSignOn: SingleSignOnConfig | null;
  /** The structured log's level (OPENNRM_LOG_LEVEL): fatal, error, warn, info (default), debug, trace, silent. */
  logLevel: LogLevel;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the environment once, with a clear error for each bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.OPENNRM_DATA_DIR || './data');
  const port = integer(env.PORT, 8080, 'PORT', 0, 65535);
  const adminEmail = env.OPENNRM_ADMIN_EMAIL?.trim() || null;
  const adminPassword = env.OPENNRM_ADMIN_PASSWORD || null;
  if ((adminEmail === null) !== (adminPassword === null)) {
    throw new ConfigError('Set both OPENNRM_ADMIN_EMAIL and OPENNRM_ADMIN_PASSWORD, or neither.');
  }
  refuseLocalKeyFileOnPostgres(env);
  return {
    databaseUrl: env.DATABASE_URL?.trim() || null,
    replicaUrl: replicaUrl(env),
    dataDir,
    keyFile: resolve(env.OPENNRM_KEY_FILE || resolve(dataDir, 'keyring.json')),
    dataKey: env.OPENNRM_DATA_KEY?.trim() || null,
    lookupKey: env.OPENNRM_LOOKUP_KEY?.trim() || null,
    auditKey: env.OPENNRM_AUDIT_KEY?.trim() || null,
    auditCheckpointFile: env.OPENNRM_AUDIT_CHECKPOINT_FILE?.trim()
      ? resolve(env.OPENNRM_AUDIT_CHECKPOINT_FILE.trim())
      : null,
    auditCheckpointMail: auditCheckpointMail(env),
    auditCheckpointMinutes: integer(
      env.OPENNRM_AUDIT_CHECKPOINT_MINUTES,
      60,
      'OPENNRM_AUDIT_CHECKPOINT_MINUTES',
      1,
      7 * 24 * 60,
    ),
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    trustedProxies: (env.OPENNRM_TRUSTED_PROXIES ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    secureCookies: env.OPENNRM_SECURE_COOKIES === '1' || env.OPENNRM_SECURE_COOKIES === 'true',
    maxBodyBytes: integer(
      env.OPENNRM_MAX_BODY_BYTES,
      1_048_576,
      'OPENNRM_MAX_BODY_BYTES',
      1024,
      100 * 1_048_576,
    ),
    smtpUrl: env.OPENNRM_SMTP_URL?.trim() || null,
    mailFrom: env.OPENNRM_MAIL_FROM?.trim() || 'opennrm@localhost',
    publicUrl: env.OPENNRM_PUBLIC_URL?.trim() || null,
    adminEmail,
    adminPassword,
    jobPollMs: integer(env.OPENNRM_JOB_POLL_MS, 5000, 'OPENNRM_JOB_POLL_MS', 100, 3_600_000),
    reportConnections: integer(env.OPENNRM_REPORT_CONNECTIONS, 2, 'OPENNRM_REPORT_CONNECTIONS', 1, 64),
    reportParallelWorkers: integer(
      env.OPENNRM_REPORT_PARALLEL_WORKERS,
      0,
      'OPENNRM_REPORT_PARALLEL_WORKERS',
      0,
      64,
    ),
    mailIntervalSeconds: integer(
      env.OPENNRM_MAIL_INTERVAL_SECONDS,
      30,
      'OPENNRM_MAIL_INTERVAL_SECONDS',
      1,
      86_400,
    ),
    escalationIntervalSeconds: integer(
      env.OPENNRM_ESCALATION_INTERVAL_SECONDS,
      300,
      'OPENNRM_ESCALATION_INTERVAL_SECONDS',
      1,
      86_400,
    ),
    secondFactorRoles: secondFactorRoles(env),
    metricsToken: env.OPENNRM_METRICS_TOKEN?.trim() || null,
    accessLog: env.OPENNRM_ACCESS_LOG === '1' || env.OPENNRM_ACCESS_LOG === 'true',
    compression: compression(env),
    singleSignOn: loadSingleSignOnConfig(env, (message) => {
      throw new ConfigError(message);
    }),
    logLevel: logLevel(env),
  };
}

function compression(env: NodeJS.ProcessEnv): boolean {
  const value = env.OPENNRM_COMPRESSION?.trim().toLowerCase() || 'on';
  if (value === 'on' || value === '1' || value === 'true') return true;
  if (value === 'off' || value === '0' || value === 'false') return false;
  throw new ConfigError(`OPENNRM_COMPRESSION must be on or off, not "${env.OPENNRM_COMPRESSION}".`);
}

function logLevel(env: NodeJS.ProcessEnv): LogLevel {
  const level = env.OPENNRM_LOG_LEVEL?.trim().toLowerCase() || 'info';
  if (!(logLevels as readonly string[]).includes(level)) {
    throw new ConfigError(`OPENNRM_LOG_LEVEL takes one of ${logLevels.join(', ')}; it is "${level}".`);
  }
  return level as LogLevel;
}

function secondFactorRoles(env: NodeJS.ProcessEnv): Role[] {
  const parsed = parseSecondFactorRoles(env.OPENNRM_SECOND_FACTOR);
  if (!Array.isArray(parsed)) {
    throw new ConfigError(
      `OPENNRM_SECOND_FACTOR takes none, reveal, all or role names separated by commas; "${parsed.unknown}" is none of them.`,
    );
  }
  return parsed;
}

function replicaUrl(env: NodeJS.ProcessEnv): string | null {
  const url = env.OPENNRM_REPLICA_URL?.trim() || null;
  if (url && !env.DATABASE_URL?.trim()) {
    throw new ConfigError('OPENNRM_REPLICA_URL is a replica of a PostgreSQL primary: set DATABASE_URL too.');
  }
  return url;
}

function auditCheckpointMail(env: NodeJS.ProcessEnv): string | null {
  const address = env.OPENNRM_AUDIT_CHECKPOINT_MAIL?.trim() || null;
  if (address && !env.OPENNRM_SMTP_URL?.trim()) {
    throw new ConfigError('OPENNRM_AUDIT_CHECKPOINT_MAIL needs OPENNRM_SMTP_URL to send the checkpoints.');
  }
  return address;
}

function integer(raw: string | undefined, fallback: number, name: string, min: number, max: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; it is "${raw}".`);
  }
  return value;
}

/**
 * On PostgreSQL several servers share the data, and a key file created on one machine's disk is
 * what a second server (or this one on a new disk) lacks: it would make new keys and every
 * older record would be unreadable. So keys come from the environment (a secret store), or from
 * a key file the operator names and provides; never one created here.
 */
function refuseLocalKeyFileOnPostgres(env: NodeJS.ProcessEnv): void {
  if (!env.DATABASE_URL?.trim() || env.OPENNRM_DATA_KEY?.trim()) return;
  const named = env.OPENNRM_KEY_FILE?.trim();
  if (named && existsSync(resolve(named))) return;
  throw new ConfigError(
    [
      named
        ? `DATABASE_URL is set and the key file ${resolve(named)} named by OPENNRM_KEY_FILE does not exist; on PostgreSQL OpenNRM does not create one.`
        : 'DATABASE_URL is set but OPENNRM_DATA_KEY is not. On PostgreSQL OpenNRM does not create a key file on local disk: another server (or this one on a new disk) would start with new keys and could not read the data.',
      'Generate the keys once, keep them in your secret store and give the same ones to every server:',
      '  OPENNRM_DATA_KEY=$(openssl rand -base64 32)',
      '  OPENNRM_LOOKUP_KEY=$(openssl rand -base64 32)',
      '  OPENNRM_AUDIT_KEY=$(openssl rand -base64 32)',
      'An installation that already has a key file: copy its keys into these variables (see docs/operations/keys.md).',
    ].join('\n'),
  );
}
