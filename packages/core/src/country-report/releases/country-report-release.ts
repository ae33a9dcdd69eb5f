import type { Locale } from '../../model.ts';
import type { Period } from '../../statistics/report-model.ts';
import type { SubmissionKey } from '../submission-template.ts';

/** What the country releases: each questionnaire, and the narrative (its three languages together). */
export const countryReportDocuments = ['tip', 'greta', 'glotip', 'narrative'] as const;
export type CountryReportDocument = SubmissionKey | 'narrative';

export type CountryReportFileKind = 'json' | 'xlsx' | 'docx' | 'pdf';

export interface CountryReportReleaseFile {
  name: string;
  kind: CountryReportFileKind | 'sha256sums';
  contentType: string;
  /** null for a questionnaire (answered in English) and for the checksum list. */
  locale: Locale | null;
  size: number;
  sha256: string;
}

/**
 * A frozen copy of what the country submitted: one document of one reporting year, numbered
 * from 1 (a later number replaces an earlier submission and says why), with every file byte for
 * byte and its SHA-256, who released it and when. Downloads return the stored bytes, so what was
 * sent can be shown again unchanged after the records change.
 */
export interface CountryReportRelease {
  id: string;
  document: CountryReportDocument;
  year: number;
  number: number;
  period: Period;
  releasedAt: Date;
  releasedBy: { userId: string | null; name: string };
  /** Why this release replaces the one before it; null for the first. */
  reason: string | null;
  files: CountryReportReleaseFile[];
  /** SHA-256 of the SHA256SUMS file, which lists every other file's hash. */
  sha256: string;
}

export interface CountryReportReleaseStore {
  /** Writes the release and its files; false when that number of the document and year exists (a race). */
  insert(
    release: CountryReportRelease,
    files: readonly { name: string; sha256: string; bytes: Uint8Array }[],
  ): Promise<boolean>;
  /** The releases of a year, newest first, without file contents. */
  list(year: number): Promise<CountryReportRelease[]>;
  get(id: string): Promise<CountryReportRelease | undefined>;
  latest(document: CountryReportDocument, year: number): Promise<CountryReportRelease | undefined>;
  file(releaseId: string, name: string): Promise<Uint8Array | undefined>;
}
