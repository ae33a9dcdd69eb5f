import type { ColumnType, Selectable } from 'kysely';

/** Imported CTDC datasets (migration 5); see 0005-ctdc-datasets.ts for the codes. */
export interface CtdcTables {
  source_datasets: SourceDatasetsTable;
  ctdc_records: CtdcRecordsTable;
}

export interface SourceDatasetsTable {
  id: string;
  name: string;
  format: string;
  file_name: string;
  sha256: string;
  row_count: number;
  rejected_count: number;
  columns: ColumnType<Record<string, unknown>, string, string>;
  attribution: string;
  imported_by: string;
  imported_at: Date;
  /** loading -> ready (reportable) -> replaced (deleted once its successor is ready). */
  status: ColumnType<'loading' | 'ready' | 'replaced', 'loading' | 'ready' | 'replaced' | undefined>;
}

export interface CtdcRecordsTable {
  dataset_id: string;
  row_number: number;
  year: number;
  gender: string | null;
  age_band: string | null;
  majority: string | null;
  citizenship: string | null;
  exploitation_country: string | null;
  is_forced_labour: boolean | null;
  is_sexual_exploit: boolean | null;
  is_other_exploit: boolean | null;
  means: string[];
  labour_types: string[];
  sex_types: string[];
  recruiter_relations: string[];
  traffick_months: string | null;
}

export type SourceDatasetRow = Selectable<SourceDatasetsTable>;
export type CtdcRecordRow = Selectable<CtdcRecordsTable>;
