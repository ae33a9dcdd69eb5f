import type { Visibility } from '../ports.ts';
import type { SentenceBand } from '../prosecution/sentence-bands.ts';
import type { SourceKind } from './catalogue.ts';
import type { DimensionKey } from './dimensions.ts';
import type { ReportScope } from './report-model.ts';

/** One aggregation request: a fact over a date range, grouped several ways in one pass. */
export interface AggregateQuery {
  fact: string;
  source: { kind: SourceKind; datasetId?: string };
  /** [from, to) calendar days; rows carry `period` = the index of the range they fall in. */
  periods: readonly { from: string; to: string }[];
  /** IANA zone whose local midnights bound the periods (an event's instant falls on a local day). */
  timeZone: string;
  scope: ReportScope;
  /** Reporting country (ISO alpha-2), for domestic/foreign and internal/transnational. */
  countryCode: string;
  /** Each grouping yields rows with those dimensions set and the others null (GROUPING SETS). */
  groupings: readonly (readonly DimensionKey[])[];
  /** Numeric values (the fact's `durations`) to take the median of. */
  medians: readonly string[];
  /** Numeric values to total in every grouping (money, bed-nights); absent = none. */
  sums?: readonly string[];
  /** The groupings that show medians (default: all); each must also be one of `groupings`. */
  medianGroupings?: readonly (readonly DimensionKey[])[];
  /** Only records with these dimension values (drill-down). */
  where?: Partial<Record<DimensionKey, string>>;
  /** Instant that separates "overdue" from "pending". */
  asOf: Date;
  /** The country's prison-term bands (prosecution settings); absent: the default ones. */
  sentenceBands?: readonly SentenceBand[];
  /** Told each statement's run time in ms, the wait for a connection excluded (fact ordering). */
  onTimed?: (ms: number) => void;
}

export interface AggregateRow {
  period: number;
  /** The grouping (index into `groupings`) this row belongs to. */
  grouping: number;
  values: Partial<Record<DimensionKey, string>>;
  count: number;
  /** Median of each requested duration in days (null when no record has it). */
  medians: Record<string, number | null>;
  /** Records with the duration, the median's own n (suppressed when small). */
  medianCounts: Record<string, number>;
  /** Total of each requested sum (null when no record has the value) and the records behind it. */
  sums?: Record<string, number | null>;
  sumCounts?: Record<string, number>;
}

export interface StatisticsStore {
  aggregate(query: AggregateQuery): Promise<AggregateRow[]>;
  /**
   * The records behind one figure (the query's single period and its `where`), newest first, at
   * most `limit`, with the total; `visible` = those the visibility may open (none when null).
   */
  records(query: AggregateQuery, limit: number, visibility: Visibility | null): Promise<FigureRecords>;
  /** Where the figures are read: a streaming replica (OPENNRM_REPLICA_URL) and how far behind. */
  freshness?(): Promise<ReportFreshness>;
}

/** A report read from a replica says so, with the replica's lag behind the primary in seconds. */
export interface ReportFreshness {
  replica: boolean;
  lagSeconds: number | null;
}

export interface FigureRecords {
  /** The kind of record a figure counts ('person', 'referral', or a module's own). */
  recordType: string;
  total: number;
  records: { id: string; personId: string; code: string; visible: boolean }[];
}
