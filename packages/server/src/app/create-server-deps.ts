import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createArgon2PasswordHasher, createSealer, defaultSecurity, type Store } from '@opennrm/core';
import { loadKeyring, loadLookupKey } from '../config/keyring-file.ts';
import type { Config } from '../config/load-config.ts';
import { createLogger } from '../observability/create-logger.ts';
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
    metricsToken: config.metricsToken,
    accessLog: config.accessLog,
    singleSignOn: config.singleSignOn ? createOidcClient(config.singleSignOn) : null,
    logger: createLogger({ level: config.logLevel }),
  };
}
