import type { Locale } from '@opennrm/core';

/** Tables of the country report (migration 22). */
export interface CountryReportTables {
  country_report_edits: CountryReportEditsTable;
  country_report_assessments: CountryReportAssessmentsTable;
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
