import type { ColumnType } from 'kysely';

type Json<T> = ColumnType<T, string, never>;

/** Frozen statistics releases (migration 11); rows are never updated or deleted. */
export interface ReleaseTables {
  statistics_releases: StatisticsReleasesTable;
  statistics_release_files: StatisticsReleaseFilesTable;
}

export interface StatisticsReleasesTable {
  id: string;
  series_key: string;
  number: number;
  source: Json<unknown>;
  period: Json<unknown>;
  previous_period: Json<unknown>;
  locales: string[];
  published_at: Date;
  published_by: string | null;
  published_by_name: string;
  corrects_id: string | null;
  reason: string | null;
  changes: Json<unknown>;
  settings: Json<unknown>;
  definitions: Json<unknown>;
  files: Json<unknown>;
  sha256: string;
}

export interface StatisticsReleaseFilesTable {
  release_id: string;
  name: string;
  sha256: string;
  content: Uint8Array;
}
