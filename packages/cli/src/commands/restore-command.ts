import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createAuditKeys, verifyAuditChain } from '@opennrm/core';
import { createStore, type RestoredDatabase, restoreBackup } from '@opennrm/db';
import { type Config, loadAuditKey, loadConfig, verifyInstallationKeys } from '@opennrm/server';
import { UsageError } from '../usage-error.ts';

/**
 * `opennrm restore FILE`: into an empty database only, then proves the result: the file's hash
 * before anything is written, every table's row count against the backup's, the audit chain
 * verified under the audit key up to the backup's last event, and the keys against the data.
 */
export async function restoreCommand(file: string): Promise<number> {
  const config = loadConfig();
  const path = resolve(file);
  if (!existsSync(path)) throw new UsageError(`${path} does not exist.`);
  if (!config.databaseUrl && !config.dataKey && !existsSync(config.keyFile)) {
    throw new UsageError(
      `The key file ${config.keyFile} does not exist. Put the installation's keys (kept apart from its backups) there first: without them the restored records cannot be read (docs/operations/backup.md).`,
    );
  }
  const restored = await restoreBackup(path, {
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    pgBin: process.env.OPENNRM_PG_BIN?.trim() || null,
  });
  try {
    return await verifyRestored(restored, config);
  } finally {
    await restored.connection.close();
  }
}

async function verifyRestored(
  { manifest, connection, restored, differences }: RestoredDatabase,
  config: Config,
) {
  console.log(`Restored the backup of ${manifest.createdAt} (schema version ${manifest.schemaVersion}).`);
  if (differences.length > 0) {
    console.error(`The restored tables differ from the backup:\n  ${differences.join('\n  ')}`);
    return 1;
  }
  const rows = Object.values(restored.counts).reduce((sum, n) => sum + n, 0);
  console.log(
    `Every table holds the backup's rows: ${Object.keys(restored.counts).length} tables, ${rows} rows.`,
  );
  const store = createStore(connection.db, { auditKeys: createAuditKeys(loadAuditKey(config)) });
  const chain = await verifyAuditChain(store.audit);
  if (!chain.ok) {
    console.error(`The restored audit log does not verify: ${chain.problem?.message}`);
    return 1;
  }
  if (
    chain.lastSeq !== manifest.audit.lastSeq ||
    (manifest.audit.lastHash && chain.lastHash !== manifest.audit.lastHash)
  ) {
    console.error(
      `The restored audit log ends at event ${chain.lastSeq}, the backup's at ${manifest.audit.lastSeq} with another hash.`,
    );
    return 1;
  }
  console.log(`The audit log verifies: ${chain.checked} events, up to the backup's last (${chain.lastSeq}).`);
  // Refuses (naming the key) when the keys given are not the ones the data was sealed with.
  await verifyInstallationKeys(connection.db, config);
  console.log('The keys fit the data. Start the server with `opennrm serve` (it applies newer migrations).');
  return 0;
}
