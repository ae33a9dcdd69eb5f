import type { ImportCounts } from './historic-import-ports.ts';

/** One sheet of the file as the readers give it: the header and the rows as text. */
export interface ImportSheet {
  /** Sheet name, or the CSV file's name without `.csv`. */
  name: string;
  headers: string[];
  /** `row` is the spreadsheet's row number (the header is row 1). */
  rows: { row: number; cells: Record<string, string> }[];
}

/** A problem a person can find and fix: which sheet, row and column, and what is wrong. */
export interface RowError {
  sheet: string;
  /** Null: the sheet as a whole (a missing column, an unknown sheet). */
  row: number | null;
  column: string | null;
  message: string;
}

/**
 * What a run did or would do. `checked`: a dry run (nothing written); `imported`: written;
 * `refused`: there were errors, so nothing was written.
 */
export interface HistoricImportReport {
  outcome: 'checked' | 'imported' | 'refused';
  importId: string | null;
  organisationId: string;
  fileName: string;
  fileSha256: string;
  counts: ImportCounts;
  errors: RowError[];
  /** Filled cells the import reads but does not keep, and why: they do not stop the import. */
  notices: RowError[];
  /** Sheets the importer does not write (code lists, notes). */
  ignoredSheets: string[];
}

export interface ImportProgress {
  done: number;
  total: number;
  sheet: string;
}
