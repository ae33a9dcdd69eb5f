/** A row an earlier run imported: the key of idempotency (organisation, sheet, source id). */
export interface ImportedRow {
  sheet: string;
  sourceId: string;
  recordId: string;
  /** SHA-256 of the row's cells as imported: a changed row is told from an unchanged one. */
  rowHash: string;
  importId: string;
  importedAt: Date;
}

/** Counts of one run, per sheet. */
export interface ImportCounts {
  [sheet: string]: { created: number; unchanged: number; rejected: number };
}

/** One run of the historic import (dry runs are in the audit trail only). */
export interface HistoricImportRun {
  id: string;
  organisationId: string;
  fileName: string;
  fileSha256: string;
  importedBy: string;
  importedAt: Date;
  counts: ImportCounts;
}

/** Bookkeeping of the historic import. */
export interface HistoricImportStore {
  findRows(organisationId: string, sheet: string, sourceIds: readonly string[]): Promise<ImportedRow[]>;
  saveRun(
    run: HistoricImportRun,
    rows: readonly Omit<ImportedRow, 'importId' | 'importedAt'>[],
  ): Promise<void>;
  /** Newest first. */
  listRuns(limit: number): Promise<HistoricImportRun[]>;
}
