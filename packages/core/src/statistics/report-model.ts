import type { Locale } from '../model.ts';
import type { Measure } from './catalogue.ts';
import type { DimensionKey } from './dimensions.ts';
import type { EnglishSpelling } from './glossary/english-spelling.ts';
import type { ReportFreshness } from './statistics-ports.ts';

/** internal: exact counts for those entitled to them; published: small cells suppressed. */
export type ReportView = 'internal' | 'published';

/** A half-open range of calendar days [from, to), e.g. 2014-01-01 .. 2015-01-01. */
export interface Period {
  from: string;
  to: string;
  /** '2014' for a calendar year, else 'from – to (inclusive)'. */
  label: string;
}

export type ReportSource = { kind: 'national' } | { kind: 'ctdc'; datasetId: string; name: string };

/** Whose records feed the figures: all, one region's organisations, or one organisation. */
export type ReportScope =
  | { kind: 'national' }
  | { kind: 'region'; region: string }
  | {
      kind: 'organisation';
      organisationId: string;
      name?: string;
      /**
       * Whether criminal cases in the complicity compartment count (report-scope.ts decides).
       * Absent means they do not: an organisation's figures never tell its staff that a case
       * they may not read exists.
       */
      complicity?: boolean;
    };

/**
 * One figure. `value` is null when suppressed (published view) or for a median with no records.
 * `suppressed`: not shown to protect confidentiality. One mark for every hidden figure, small or
 * hidden to protect a small one: telling them apart would tell an attacker which are small.
 */
export interface Cell {
  value: number | null;
  suppressed: boolean;
}

export interface TableFigures {
  period: Period;
  /** rows x columns; for a one-dimensional table each row has no cells and rowTotals carry the figures. */
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  total: Cell;
}

export interface Labelled {
  code: string;
  label: string;
}

export interface ReportTable {
  key: string;
  fact: string;
  title: string;
  /** Population, the date that places a record in the period, and the measure, in words. */
  definition: string;
  measure: Measure;
  /** The measure's heading in the report's language ("Number", "Total, bed-nights"). */
  measureLabel: string;
  rowDimension: Labelled & { code: DimensionKey };
  columnDimension: (Labelled & { code: DimensionKey }) | null;
  rows: Labelled[];
  columns: Labelled[];
  current: TableFigures;
  previous: TableFigures;
}

/** A number in the narrative and the table cell it was read from (tests hold them equal). */
export interface NarrativeFigure {
  table: string;
  /** Row and column codes; null = the total of that axis. */
  row: string | null;
  column: string | null;
  period: 'current' | 'previous';
  value: number | null;
  /** What the text says: the number, or "fewer than 5" for a suppressed cell. */
  text: string;
}

export interface NarrativeParagraph {
  text: string;
  figures: NarrativeFigure[];
}

export interface Report {
  generatedAt: string;
  locale: Locale;
  view: ReportView;
  /** Published view: cells below this (and above zero) are suppressed. */
  threshold: number;
  source: ReportSource;
  scope: ReportScope;
  period: Period;
  previousPeriod: Period;
  tables: ReportTable[];
  narrative: NarrativeParagraph[];
  /** English reports: the spelling of the words (British default; US for the TIP report). */
  spelling?: EnglishSpelling | undefined;
  /** The national currency of the amounts (ISO 4217, the protection settings'), for the narrative. */
  currency?: string | undefined;
  /** Set when the figures were read from a replica: how far behind the primary it was. */
  readFrom?: ReportFreshness | undefined;
}
