import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BackupManifest, connect, createBackup } from '@opennrm/db';
import { loadConfig } from '@opennrm/server';
import { requestBackupFromServer } from '../runtime/control-socket.ts';
import { UsageError } from '../usage-error.ts';

/**
 * `opennrm backup FILE`: a consistent snapshot while the server runs. PostgreSQL: pg_dump on an
 * exported snapshot. Embedded database: the running server takes it (it alone holds the files);
 * with no server running, this process opens the data directory and takes it. Never migrates:
 * the backup before an upgrade is of the database as it was.
 */
export async function backupCommand(file: string): Promise<void> {
  const config = loadConfig();
  const out = resolve(file);
  if (existsSync(out))
    throw new UsageError(`${out} exists; choose a new file name (a backup never overwrites one).`);
  const viaServer = config.databaseUrl ? null : await requestBackupFromServer(config.dataDir, out);
  if (viaServer) return printBackup(out, viaServer, 'taken by the running server');
  const handle = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  try {
    const manifest = await createBackup(handle, out, {
      databaseUrl: config.databaseUrl,
      pgBin: process.env.OPENNRM_PG_BIN?.trim() || null,
    });
    printBackup(out, manifest, config.databaseUrl ? 'pg_dump, one snapshot' : 'embedded database');
  } finally {
    await handle.close();
  }
}

function printBackup(out: string, manifest: BackupManifest, how: string): void {
  const rows = Object.values(manifest.counts).reduce((sum, n) => sum + n, 0);
  console.log(`Backup written to ${out} (${how}).`);
  console.log(
    `${Object.keys(manifest.counts).length} tables, ${rows} rows, audit log up to event ${manifest.audit.lastSeq}; SHA-256 ${manifest.payloadSha256}.`,
  );
  console.log('The keys are not in the backup: keep them apart from it (docs/operations/backup.md).');
}
