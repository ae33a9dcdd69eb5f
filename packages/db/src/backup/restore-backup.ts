import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { type Connection, connect } from '../connect.ts';
import {
  BackupFileError,
  type BackupManifest,
  hashBackupPayload,
  readBackupHeader,
  readBackupPayload,
} from './backup-file.ts';
import { kyselyRunner } from './create-backup.ts';
import { findPostgresTool } from './find-postgres-tool.ts';
import { runTool } from './run-tool.ts';
import { compareCounts, readSnapshotFacts, type SnapshotFacts } from './snapshot-facts.ts';

export interface RestoreTarget {
  databaseUrl?: string | null;
  dataDir?: string | null;
  pgBin?: string | null;
}

export interface RestoredDatabase {
  manifest: BackupManifest;
  /** The restored database, open (the caller verifies the audit chain and the keys, then closes). */
  connection: Connection;
  restored: SnapshotFacts;
  /** Tables whose row count differs from the backup's (empty when identical). */
  differences: string[];
}

export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

/**
 * Restores a backup into an EMPTY database only (never over data: a restore is for a new or lost
 * installation, and merging two histories would break the audit chain). Checks the file's hash
 * before writing anything, then compares every table's row count with the backup's manifest.
 */
export async function restoreBackup(file: string, target: RestoreTarget): Promise<RestoredDatabase> {
  const { manifest, offset } = await readBackupHeader(file);
  const actual = await hashBackupPayload(file, offset);
  if (actual !== manifest.payloadSha256) {
    throw new BackupFileError(
      `${file} is damaged: its data hashes to ${actual}, the backup recorded ${manifest.payloadSha256}. Nothing was restored.`,
    );
  }
  const intoPostgres = Boolean(target.databaseUrl);
  if (intoPostgres !== (manifest.kind === 'postgres')) {
    throw new RestoreRefusedError(
      manifest.kind === 'postgres'
        ? 'This is a backup of a PostgreSQL database: set DATABASE_URL to an empty PostgreSQL database.'
        : 'This is a backup of the embedded database: unset DATABASE_URL and set OPENNRM_DATA_DIR to a new directory.',
    );
  }
  const connection = target.databaseUrl
    ? await restorePostgres(file, offset, target.databaseUrl, target.pgBin)
    : await restorePglite(file, offset, target.dataDir);
  try {
    const restored = await readSnapshotFacts(kyselyRunner(connection.db));
    return { manifest, connection, restored, differences: compareCounts(manifest.counts, restored.counts) };
  } catch (error) {
    await connection.close();
    throw error;
  }
}

async function restorePostgres(
  file: string,
  offset: number,
  url: string,
  pgBin?: string | null,
): Promise<Connection> {
  const pgRestore = findPostgresTool('pg_restore', pgBin);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_class c join pg_namespace s on s.oid = c.relnamespace
        where c.relkind in ('r', 'p', 'v', 'm', 'S')
          and s.nspname not in ('pg_catalog', 'information_schema') and s.nspname not like 'pg_toast%'`,
    );
    if ((rows[0]?.n ?? 0) > 0) {
      throw new RestoreRefusedError(
        `The database of DATABASE_URL is not empty (${rows[0]?.n} tables and sequences). Restore into a new, empty database.`,
      );
    }
  } finally {
    await client.end();
  }
  // One transaction: a failed restore leaves the database empty, not half filled. No owners,
  // grants or comments: the restoring role owns everything (comments on extensions would need a
  // superuser).
  await runTool(
    pgRestore,
    [
      '--dbname',
      url,
      '--exit-on-error',
      '--single-transaction',
      '--no-owner',
      '--no-privileges',
      '--no-comments',
    ],
    { stdin: readBackupPayload(file, offset) },
  );
  return connect({ databaseUrl: url, poolSize: 2 });
}

async function restorePglite(
  file: string,
  offset: number,
  dataDir: string | null | undefined,
): Promise<Connection> {
  if (!dataDir) throw new RestoreRefusedError('Set OPENNRM_DATA_DIR to the directory to restore into.');
  const pgliteDir = join(resolve(dataDir), 'pglite');
  if (existsSync(pgliteDir) && readdirSync(pgliteDir).length > 0) {
    throw new RestoreRefusedError(
      `${resolve(dataDir)} already holds a database. Restore into a new, empty data directory.`,
    );
  }
  const payload = readFileSync(file).subarray(offset);
  return connect({ dataDir, loadDataDir: new Blob([payload], { type: 'application/x-gzip' }) });
}
