import type { ImportCounts } from '@opennrm/core';

/** Tables of migration 0012 (historic import bookkeeping). */
export interface HistoricImportTables {
  historic_import_runs: {
    id: string;
    organisation_id: string;
    file_name: string;
    file_sha256: string;
    imported_by: string;
    imported_at: Date;
    counts: ImportCounts;
  };
  historic_import_rows: {
    organisation_id: string;
    sheet: string;
    source_id: string;
    record_id: string;
    row_hash: string;
    import_id: string;
  };
}
