import type { DimensionKey, ReportScope, SentenceBand, SourceKind } from '@opennrm/core';
import type { RawBuilder } from 'kysely';

export interface FactParams {
  /** [from, to) over all requested periods. */
  from: string;
  to: string;
  /** The requested periods themselves ([from, to) local days), for "as at the end of the period". */
  periods: readonly { from: string; to: string }[];
  /** IANA zone: local days begin at its midnight. */
  timeZone: string;
  scope: ReportScope;
  countryCode: string;
  asOf: Date;
  datasetId?: string;
  /** The country's prison-term bands; absent: the default ones. */
  sentenceBands?: readonly SentenceBand[];
}

/**
 * The SQL behind one fact for one source kind: a derived table with `record_id`, `person_id`,
 * `at` (the date that places the record in a period, as timestamptz), one column per dimension
 * named after it, and one per numeric value (`durations`: days, months, nights, amounts). The rows are already limited to [from, to) on an
 * indexed column and to the scope, so the engine only groups.
 */
export interface FactSource {
  fact: string;
  source: SourceKind;
  /** The kind of record a row is ('person', 'referral', or a module's own); `person_id` may be null. */
  recordType: string;
  dimensions: Partial<Record<DimensionKey, true>>;
  durations: readonly string[];
  /**
   * Dimensions computed by a correlated subquery (parallel-restricted in PostgreSQL): when report
   * statements have parallel workers, tables that use them are aggregated in a query of their
   * own, so the others can run in parallel (statistics-store.ts).
   */
  costly?: readonly DimensionKey[];
  /**
   * Group the fact's rows by hashing, never by sorting them (`enable_sort = off` for its
   * statement, which has no ORDER BY of its own). PostgreSQL misjudges how many groups a CASE over
   * EXISTS subqueries makes and sorted 383 000 hotline contacts to group them into a few dozen:
   * 370 ms where the hash takes 186 (bench/RESULTS.md).
   */
  hashGroups?: true;
  /**
   * The rows also carry `day`, the local date whose first instant is `at` (an event recorded as a
   * day): the engine then places a row in a period by comparing dates, the same answer without
   * a time zone conversion per comparison (PostgreSQL repeats `at`'s expression in each one).
   */
  day?: true;
  rows(params: FactParams): RawBuilder<unknown>;
}
