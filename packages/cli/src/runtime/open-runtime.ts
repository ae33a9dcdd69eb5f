import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAuditKeys, ensureShippedIndicatorLists } from '@opennrm/core';
import { connect, createStore, ensureTrackingTriggersOn, migrate, missingMigrations } from '@opennrm/db';
import {
  type Config,
  createLogger,
  createServerDeps,
  loadAuditKey,
  loadConfig,
  type ServerDeps,
  verifyInstallationKeys,
} from '@opennrm/server';

export interface Runtime {
  config: Config;
  deps: ServerDeps;
  db: Awaited<ReturnType<typeof connect>>['db'];
  kind: 'pglite' | 'postgres';
  /** Bulk load with COPY (imports, generated demo data). */
  copyInto: Awaited<ReturnType<typeof connect>>['copyInto'];
  /** The open database itself (the embedded database's backups are taken through it). */
  connection: Awaited<ReturnType<typeof connect>>;
  close(): Promise<void>;
}

const webRoot = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/**
 * A serving process on PostgreSQL (issue 21): the requests' pool, where a statement over 30 s is
 * cancelled and a request that waits 3 s for a connection is answered 503 with Retry-After
 * (back-pressure: overload slows and sheds instead of queueing without end); and a small pool
 * of its own for the report, statistics and exports, so a slow report never holds the
 * connections the lists need (unless a replica serves them already).
 */
export const servingPools = {
  requests: { size: 10, limits: { statementMs: 30_000, acquireMs: 3_000 } },
  reports: { limits: { statementMs: 600_000, acquireMs: 30_000 } },
} as const;

/**
 * Opens the database (PostgreSQL from DATABASE_URL, else PGlite in the data directory, locked),
 * applies pending migrations and wires the ports. Every command starts here.
 */
export async function openRuntime(
  options: {
    migrate?: boolean /** `opennrm serve`: the serving pools and their limits. */;
    serving?: boolean;
  } = {},
): Promise<Runtime> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  // An idle PostgreSQL connection that lost its server is replaced by the pool: worth a line.
  const logIdle = (pool: string) => (error: Error) =>
    logger.warn({ pool, err: error }, 'db.idle_connection_lost');
  let handle = await connect({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onIdleError: logIdle('requests'),
  });
  // Reports, statistics and exports read from the replica when there is one (never migrated: it
  // follows the primary).
  const replica = config.replicaUrl
    ? await connect({ databaseUrl: config.replicaUrl, poolSize: 5, onIdleError: logIdle('replica') })
    : null;
  let reports: Awaited<ReturnType<typeof connect>> | null = null;
  const closeAll = async () => {
    await reports?.close();
    await replica?.close();
    await handle.close();
  };
  try {
    if (options.migrate !== false) {
      await migrate(handle.db);
      // A `demo --scale` load killed midway leaves the reporting triggers off; never start so.
      await ensureTrackingTriggersOn(handle.db);
    }
    if (options.serving && handle.kind === 'postgres' && config.databaseUrl) {
      // Migrated without limits (an index on a national table takes its time); served with them.
      await handle.close();
      const { requests, reports: report } = servingPools;
      handle = await connect({
        databaseUrl: config.databaseUrl,
        poolSize: requests.size,
        limits: requests.limits,
        onIdleError: logIdle('requests'),
      });
      if (!replica)
        reports = await connect({
          databaseUrl: config.databaseUrl,
          poolSize: config.reportConnections,
          limits: { ...report.limits, parallelWorkers: config.reportParallelWorkers },
          onIdleError: logIdle('reports'),
        });
    }
    // Before anything reads or seals: keys that do not fit the data stop the start here.
    await verifyInstallationKeys(handle.db, config);
    const deps = createServerDeps(
      config,
      // The audit key keys the chain of every event this process writes (and verifies).
      createStore(handle.db, {
        auditKeys: createAuditKeys(loadAuditKey(config)),
        replica: replica?.db ?? null,
        reports: reports?.db ?? null,
        reportParallelWorkers: config.reportParallelWorkers > 0,
      }),
      handle.kind,
      existsSync(webRoot) ? webRoot : null,
      logger,
    );
    deps.poolStats = handle.poolStats;
    const served = handle.db;
    deps.missingMigrations = () => missingMigrations(served);
    // The ILO and ILO/EC indicator lists ship with the code; new versions arrive with upgrades.
    if (options.migrate !== false) await ensureShippedIndicatorLists(deps);
    return {
      config,
      deps,
      db: handle.db,
      kind: handle.kind,
      copyInto: handle.copyInto,
      connection: handle,
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** Opens the runtime, runs `work`, always closes (releasing the data-directory lock). */
export async function withRuntime<T>(work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime();
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}
