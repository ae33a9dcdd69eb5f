import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import type { Connection } from '../connect.ts';
import type { Database } from '../schema.ts';
import { type BackupManifest, encodeBackupHeader } from './backup-file.ts';
import { findPostgresTool } from './find-postgres-tool.ts';
import { runTool } from './run-tool.ts';
import { type RunQuery, readSnapshotFacts } from './snapshot-facts.ts';

export interface BackupTarget {
  /** Set on PostgreSQL: pg_dump connects with it. */
  databaseUrl?: string | null;
  /** Directory of pg_dump (OPENNRM_PG_BIN); else found on the system. */
  pgBin?: string | null;
}

/**
 * Writes a backup of the open database to `out` (never over an existing file): a header with
 * the manifest (hash, row counts, audit head) and the snapshot. On PostgreSQL pg_dump runs on a
 * snapshot exported by a repeatable-read transaction in which the counts are read; on PGlite the
 * counts and the dump are taken on the one session with no query in between. Either way the
 * server may keep running and writing.
 */
export async function createBackup(
  connection: Connection,
  out: string,
  target: BackupTarget = {},
): Promise<BackupManifest> {
  if (existsSync(out)) throw new Error(`${out} exists; a backup never overwrites a file.`);
  const partial = `${out}.partial`;
  try {
    const manifest =
      connection.kind === 'pglite'
        ? await writePgliteBackup(connection, partial)
        : await writePostgresBackup(requireUrl(target.databaseUrl), partial, target.pgBin);
    renameSync(partial, out);
    return manifest;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** The whole backup file of an embedded database in memory (what a running server hands out). */
export async function pgliteBackupBytes(
  connection: Connection,
): Promise<{ bytes: Buffer; manifest: BackupManifest }> {
  if (!connection.snapshot) throw new Error('Only the embedded database is backed up this way.');
  const { result: facts, dataDir } = await connection.snapshot((db) => readSnapshotFacts(kyselyRunner(db)));
  const payload = Buffer.from(await dataDir.arrayBuffer());
  const manifest: BackupManifest = {
    format: 1,
    kind: 'pglite',
    createdAt: new Date().toISOString(),
    ...facts,
    payloadBytes: payload.length,
    payloadSha256: createHash('sha256').update(payload).digest('hex'),
  };
  return { bytes: Buffer.concat([encodeBackupHeader(manifest), payload]), manifest };
}

async function writePgliteBackup(connection: Connection, file: string): Promise<BackupManifest> {
  const { bytes, manifest } = await pgliteBackupBytes(connection);
  writeFileSync(file, bytes, { mode: 0o600 });
  return manifest;
}

async function writePostgresBackup(
  url: string,
  file: string,
  pgBin?: string | null,
): Promise<BackupManifest> {
  const pgDump = findPostgresTool('pg_dump', pgBin);
  const client = new pg.Client({ connectionString: url, application_name: 'opennrm backup' });
  await client.connect();
  const payloadFile = `${file}.payload`;
  try {
    await client.query('begin isolation level repeatable read, read only');
    const { rows } = await client.query<{ id: string }>('select pg_export_snapshot() as id');
    const facts = await readSnapshotFacts(async (text) => (await client.query(text)).rows);
    const hash = createHash('sha256');
    let bytes = 0;
    const counter = new PassThrough();
    counter.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      bytes += chunk.length;
    });
    const write = pipeline(counter, createWriteStream(payloadFile, { mode: 0o600 }));
    await runTool(pgDump, ['--format=custom', `--snapshot=${rows[0]?.id}`, `--dbname=${url}`], {
      stdout: counter,
    });
    await write;
    await client.query('commit');
    const manifest: BackupManifest = {
      format: 1,
      kind: 'postgres',
      createdAt: new Date().toISOString(),
      ...facts,
      payloadBytes: bytes,
      payloadSha256: hash.digest('hex'),
    };
    writeFileSync(file, encodeBackupHeader(manifest), { mode: 0o600 });
    await pipeline(createReadStream(payloadFile), createWriteStream(file, { flags: 'a' }));
    return manifest;
  } finally {
    rmSync(payloadFile, { force: true });
    await client.end();
  }
}

export function kyselyRunner(db: Kysely<Database>): RunQuery {
  return async (text) => (await sql.raw<Record<string, unknown>>(text).execute(db)).rows;
}

function requireUrl(url: string | null | undefined): string {
  if (!url) throw new Error('A PostgreSQL backup needs the database URL.');
  return url;
}
