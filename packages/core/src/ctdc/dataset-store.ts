import type { CtdcFormat } from './ctdc-record.ts';

/** An imported CTDC dataset as lists show it (only completely loaded datasets exist here). */
export interface SourceDatasetSummary {
  id: string;
  name: string;
  format: CtdcFormat;
  fileName: string;
  rowCount: number;
  rejectedCount: number;
  attribution: string;
  importedAt: Date;
}

/** One dataset with the provenance an auditor of a published figure needs. */
export interface SourceDataset extends SourceDatasetSummary {
  /** SHA-256 of the imported file, hex. */
  sha256: string;
  importedBy: string;
  /** Which file columns were read and into what, and which were not. */
  columns: { mapped: Record<string, string>; ignored: string[] };
}

/**
 * Read side of the imported datasets, for the statistics API. A dataset being imported or being
 * replaced is never listed: a report sees the previous complete version until the new one is.
 */
export interface DatasetStore {
  /** Newest first. */
  list(): Promise<SourceDatasetSummary[]>;
  get(id: string): Promise<SourceDataset | undefined>;
}
