import type { Locale } from '../../model.ts';
import type { TableDefinition } from '../catalogue.ts';
import type { Period, ReportSource } from '../report-model.ts';

/**
 * A published cell as a reader of the published files saw it: a figure, or "not shown" (hidden
 * to protect confidentiality; its value is never kept here), or absent (the table, row or column
 * did not exist in that version).
 */
export type PublishedFigure =
  | { status: 'shown'; value: number | null }
  | { status: 'not_shown' }
  | { status: 'absent' };

/** One cell that differs between two published versions of the same figures. */
export interface CellRevision {
  table: string;
  /** Which column of the table: the report's period or the year before it. */
  period: 'current' | 'previous';
  /** Row and column codes; null = the total of that axis. */
  row: string | null;
  column: string | null;
  before: PublishedFigure;
  after: PublishedFigure;
}

/** File formats of a release, one set per language; the JSON is the report exactly as built. */
export type ReleaseFileKind = 'json' | 'xlsx' | 'pdf' | 'csv.zip';

export interface ReleaseFile {
  name: string;
  kind: ReleaseFileKind | 'sha256sums';
  contentType: string;
  /** null for the checksum list, which covers every language. */
  locale: Locale | null;
  size: number;
  /** Hex SHA-256 of the stored bytes. */
  sha256: string;
}

export interface ReleaseFileContent extends ReleaseFile {
  bytes: Uint8Array;
}

/**
 * A frozen publication of the national published view of one source and period. Releases of
 * the same source and period form a series numbered from 1; a later one corrects the one before.
 */
export interface StatisticsRelease {
  id: string;
  /** Source, scope and period: releases with the same key are versions of the same figures. */
  seriesKey: string;
  number: number;
  source: ReportSource;
  scope: { kind: 'national' };
  period: Period;
  previousPeriod: Period;
  locales: Locale[];
  publishedAt: Date;
  publishedBy: { userId: string | null; name: string };
  /** The release this one corrects (the previous number of the series), with the reason. */
  corrects: { id: string; number: number } | null;
  reason: string | null;
  /** Cells that differ from the release corrected (empty for a first release). */
  changes: CellRevision[];
  /** What the figures were built with: publication settings and the catalogue's tables. */
  settings: { threshold: number; countryCode: string; statistics: Record<string, unknown> };
  definitions: { tables: TableDefinition[] };
  files: ReleaseFile[];
  /** SHA-256 of the release's SHA256SUMS file (which lists every other file's hash). */
  sha256: string;
}

export interface StatisticsReleaseStore {
  /** Writes the release and its files; false when the series already has this number (a race). */
  insert(release: StatisticsRelease, files: readonly ReleaseFileContent[]): Promise<boolean>;
  /** Every release, newest first, without file contents. */
  list(): Promise<StatisticsRelease[]>;
  get(id: string): Promise<StatisticsRelease | undefined>;
  /** The highest-numbered release of a series. */
  latest(seriesKey: string): Promise<StatisticsRelease | undefined>;
  /** One stored file, byte for byte as published. */
  file(releaseId: string, name: string): Promise<ReleaseFileContent | undefined>;
}
