export { BackupFileError, type BackupManifest, readBackupHeader } from './backup/backup-file.ts';
export { type BackupTarget, createBackup, pgliteBackupBytes } from './backup/create-backup.ts';
export {
  type RestoredDatabase,
  RestoreRefusedError,
  type RestoreTarget,
  restoreBackup,
} from './backup/restore-backup.ts';
export type { CopyInto, RowSource } from './bulk/copy-into.ts';
export { indexPersonNames } from './bulk/index-person-names.ts';
export { refreshPlannerStatistics } from './bulk/refresh-planner-statistics.ts';
export { reservePersonCodes } from './bulk/reserve-person-codes.ts';
export {
  ensureTrackingTriggersOn,
  repairReportingDates,
  withTrackingTriggersOff,
} from './bulk/tracking-triggers.ts';
export { type Connection, type ConnectOptions, connect } from './connect.ts';
export { createStore, type StoreOptions } from './create-store.ts';
export {
  beginDataset,
  type CtdcImportTarget,
  copyCtdcRecords,
  ctdcRecordColumns,
  discardDataset,
  findReadyDataset,
  type NewCtdcDataset,
  publishDataset,
  removeUnfinished,
  toCtdcRow,
} from './ctdc/ctdc-dataset-writes.ts';
export { lockDataDir } from './data-dir-lock.ts';
export {
  findSealedValue,
  hasDuplicateKeys,
  type InstallationKey,
  listInstallationKeys,
  recordInstallationKey,
  retireInstallationKey,
  withInstallationKeysLock,
} from './installation-keys.ts';
export { type MigrationResult, migrate, missingMigrations, schemaVersion } from './migrate.ts';
export type { Migration } from './migrations/migration.ts';
export { migrations } from './migrations/migrations.ts';
export { openPglite } from './pglite/open-pglite.ts';
export { PgliteDialect } from './pglite/pglite-dialect.ts';
export { type Reseal, type ResealResult, resealAll } from './reseal-all.ts';
export type * from './schema.ts';
export { type SealedColumn, sealedColumns } from './sealed-columns.ts';
export { createStatisticsStore } from './statistics/statistics-store.ts';
export { createCtdcExportSource } from './stores/ctdc-export-source.ts';
export { codeCandidateCap } from './stores/person-code-candidates.ts';
