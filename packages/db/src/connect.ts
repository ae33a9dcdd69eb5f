import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { type CopyInto, copyIntoPglite, copyIntoPostgres } from './bulk/copy-into.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { openPglite } from './pglite/open-pglite.ts';
import { PgliteDialect } from './pglite/pglite-dialect.ts';
import type { Database } from './schema.ts';

export interface ConnectOptions {
  /** PostgreSQL connection string; when set, PostgreSQL is used and `dataDir` is ignored. */
  databaseUrl?: string | null;
  /** Directory of the embedded database (PGlite files go to `<dataDir>/pglite`). */
  dataDir?: string | null;
  /** PGlite only: start from a `dumpDataDir()` dump; with no `dataDir` the database is in memory. */
  loadDataDir?: Blob;
  /** PGlite only: explicitly ask for a throwaway in-memory database. */
  memory?: boolean;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /**
   * PostgreSQL limits for a serving process (none by default: migrations, imports and the
   * command line run as long as they need). `statementMs`: each statement's statement_timeout;
   * `acquireMs`: how long a request waits for a free connection before it fails (back-pressure);
   * `parallelWorkers`: max_parallel_workers_per_gather of each connection (the server's default
   * when absent).
   */
  limits?: { statementMs: number; acquireMs: number; parallelWorkers?: number };
  /**
   * PostgreSQL: told when an idle pooled connection loses its server (a restart, a failover, a
   * proxy's timeout). The pool drops that connection and opens another on the next query, so
   * nothing else is needed; a serving process logs it (cli's open-runtime, to its pino log).
   * Without one the error is only kept from ending the process.
   */
  onIdleError?: (error: Error) => void;
}

export interface Connection {
  db: Kysely<Database>;
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
  /** Bulk load with COPY (imports, generated demo data); not part of any open transaction. */
  copyInto: CopyInto;
  /** PostgreSQL only: the pool's connections (for /metrics). */
  poolStats?: () => { total: number; idle: number; waiting: number };
  /** PGlite only: the whole data directory as a tarball (loadable with `loadDataDir`). */
  dumpDataDir?: () => Promise<Blob>;
  /**
   * PGlite only: runs `inside` on the one session, then dumps the data directory (gzip tarball)
   * before any other query runs, so what `inside` read is exactly what the dump holds (backups).
   */
  snapshot?: <T>(inside: (db: Kysely<Database>) => Promise<T>) => Promise<{ result: T; dataDir: Blob }>;
}

/**
 * Opens the database: PostgreSQL when a URL is given, else embedded PGlite. Both come back as the
 * same Kysely type, so nothing above this function knows which one it talks to.
 */
export async function connect(options: ConnectOptions): Promise<Connection> {
  if (options.databaseUrl)
    return connectPostgres(options.databaseUrl, options.poolSize ?? 10, options.limits, options.onIdleError);
  if (options.dataDir) return connectPgliteDir(resolve(options.dataDir), options.loadDataDir);
  if (options.memory || options.loadDataDir) return connectPglite(undefined, options.loadDataDir);
  throw new Error('connect() needs a databaseUrl (PostgreSQL) or a dataDir (embedded database).');
}

function connectPostgres(
  databaseUrl: string,
  max: number,
  limits: ConnectOptions['limits'],
  onIdleError: ConnectOptions['onIdleError'],
): Connection {
  const statementTimeout = limits ? ` -c statement_timeout=${Math.round(limits.statementMs)}` : '';
  const workers =
    limits?.parallelWorkers === undefined
      ? ''
      : ` -c max_parallel_workers_per_gather=${limits.parallelWorkers}`;
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max,
    ...(limits ? { connectionTimeoutMillis: limits.acquireMs } : {}),
    application_name: 'opennrm',
    // The date parser below expects ISO output, whatever the server's default DateStyle is.
    // JIT off: the report's queries are costed high enough to trigger it, and compiling them took
    // ~0.8 s of a 1.1 s query at 200k persons (bench/annual-report.ts); the app gains nothing from it.
    options: `-c DateStyle=ISO -c jit=off${statementTimeout}${workers}`,
    types: pgTypes,
  });
  // An idle client losing its server emits 'error' on the pool; unhandled, it would kill the process.
  pool.on('error', (error) => onIdleError?.(error));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    close: () => db.destroy(),
    copyInto: copyIntoPostgres(pool),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}

async function connectPgliteDir(dataDir: string, loadDataDir: Blob | undefined): Promise<Connection> {
  mkdirSync(dataDir, { recursive: true });
  const lock = lockDataDir(dataDir);
  try {
    const connection = await connectPglite(join(dataDir, 'pglite'), loadDataDir);
    return {
      ...connection,
      close: async () => {
        try {
          await connection.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function connectPglite(
  dataDir: string | undefined,
  loadDataDir: Blob | undefined,
): Promise<Connection> {
  const pglite = await openPglite({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    close: () => db.destroy(),
    copyInto: copyIntoPglite(db as Kysely<unknown>, pglite),
    // Goes through a Kysely connection so the dump never sees a half-done transaction.
    dumpDataDir: () => db.connection().execute(() => pglite.dumpDataDir('none')),
    snapshot: (inside) =>
      db.connection().execute(async (single) => {
        const result = await inside(single);
        return { result, dataDir: await pglite.dumpDataDir('gzip') };
      }),
  };
}

/**
 * bigint (int8) as a JS number: it carries audit seq and counts, far below 2^53. pg's default
 * (a string) would make `seq + 1` concatenate. date stays the 'YYYY-MM-DD' text: a calendar day
 * has no time zone, and pg's default (a local-midnight Date) shifts it in any zone west of UTC.
 * timestamptz stays pg's default, a Date.
 */
const int8Oid = 20;
const dateOid = 1082;
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (format === 'binary') return pg.types.getTypeParser(oid, format);
    if (oid === int8Oid) return (value: string) => Number(value);
    if (oid === dateOid) return (value: string) => value;
    return pg.types.getTypeParser(oid, format ?? 'text');
  }) as typeof pg.types.getTypeParser,
};
