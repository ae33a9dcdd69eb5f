import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createArgon2PasswordHasher, createSealer, defaultSecurity, type Store } from '@opennrm/core';
import { loadKeyring, loadLookupKey } from '../config/keyring-file.ts';
import type { Config } from '../config/load-config.ts';
import { createLogger, type Logger } from '../observability/create-logger.ts';
import { createOidcClient } from '../single-sign-on/create-oidc-client.ts';
import type { ServerDeps } from './server-env.ts';

const version = (
  JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/** Wires the real ports: database store, wall clock, argon2id, keyring from env or file. */
export function createServerDeps(
  config: Config,
  store: Store,
  databaseKind: 'pglite' | 'postgres',
  webRoot: string | null,
  /** The process's log, when the caller made it first (it logs the database connections too). */
  logger: Logger = createLogger({ level: config.logLevel }),
): ServerDeps {
  return {
    store,
    clock: { now: () => new Date() },
    sealer: createSealer(() => loadKeyring(config)),
    passwords: createArgon2PasswordHasher(),
    security: { ...defaultSecurity, secondFactorRoles: config.secondFactorRoles },
    lookupKey: loadLookupKey(config),
    newId: randomUUID,
    databaseKind,
    version,
    trustedProxies: config.trustedProxies,
    secureCookies: config.secureCookies,
    webRoot,
    maxBodyBytes: config.maxBodyBytes,
    replicaConfigured: config.replicaUrl !== null,
    metricsToken: config.metricsToken,
    accessLog: config.accessLog,
    compression: config.compression,
    singleSignOn: config.singleSignOn ? createOidcClient(config.singleSignOn) : null,
    logger,
  };
}
