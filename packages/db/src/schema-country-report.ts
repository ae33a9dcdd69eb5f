import type { Locale } from '@opennrm/core';
import type { ColumnType } from 'kysely';

/** Tables of the country report (migration 22) and its frozen releases (migration 27). */
export interface CountryReportTables {
  country_report_edits: CountryReportEditsTable;
  country_report_assessments: CountryReportAssessmentsTable;
  country_report_releases: CountryReportReleasesTable;
  country_report_release_files: CountryReportReleaseFilesTable;
}

type Json<T> = ColumnType<T, string, never>;

export interface CountryReportReleasesTable {
  id: string;
  document: string;
  year: number;
  number: number;
  period: Json<unknown>;
  released_at: Date;
  released_by: string | null;
  released_by_name: string;
  reason: string | null;
  files: Json<unknown>;
  sha256: string;
}

export interface CountryReportReleaseFilesTable {
  release_id: string;
  name: string;
  sha256: string;
  content: Uint8Array;
}

export interface CountryReportEditsTable {
  year: number;
  locale: Locale;
  part: string;
  draft: string;
  edited: string;
  version: number;
  edited_by: string | null;
  edited_at: Date;
}

export interface CountryReportAssessmentsTable {
  year: number;
  criterion: string;
  verdict: string;
  notes: string;
  version: number;
  assessed_by: string | null;
  assessed_at: Date;
}
