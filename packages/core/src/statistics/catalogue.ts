import { identificationFacts, identificationTables } from './catalogue/identification-catalogue.ts';
import { preventionFacts, preventionTables } from './catalogue/prevention-catalogue.ts';
import { prosecutionFacts, prosecutionTables } from './catalogue/prosecution-catalogue.ts';
import { protectionFacts, protectionTables } from './catalogue/protection-catalogue.ts';
import type { DimensionKey } from './dimensions.ts';

/** Where the records come from: our own case records, or an imported CTDC dataset. */
export type SourceKind = 'national' | 'ctdc';

/**
 * A fact: a population of records, the date that places a record in a period, and the
 * dimensions it can be broken down by. The db package holds one SQL source per fact and source
 * kind (db/src/statistics/facts/); later modules (assistance, shelters, criminal justice,
 * prevention) add a fact here, its SQL there, and tables below — the engine does not change.
 */
export interface FactDefinition {
  key: string;
  sources: readonly SourceKind[];
  /** Label keys (statistics-labels-*.ts: facts.<key>.population / .date). */
  dimensions: readonly DimensionKey[];
  /**
   * Numeric values of each record beyond its count (days, months, nights, amounts) that medians
   * and sums read. The name is historical: the first ones were durations.
   */
  durations: readonly string[];
  /**
   * false: no record is a person or about one (awareness activities, trainings, plan items), so
   * its exact counts and sums are published; absent or true: suppressed in the published view.
   */
  aboutPersons?: boolean;
}

/** What a numeric value of a fact is measured in (the column heading says it). */
export type MeasureUnit = 'days' | 'months' | 'nights' | 'amount' | 'persons' | 'inspections' | 'employers';

/**
 * count: records; median_days: the median of a duration in days (kept for the first tables);
 * median / sum: the median or the total of a numeric value of the fact (sentence months,
 * bed-nights, money), named in the fact's `durations`. A median or a sum is hidden in the
 * published view when fewer records than the threshold stand behind it.
 */
export type Measure =
  | { kind: 'count' }
  | { kind: 'median_days'; duration: string }
  | { kind: 'median'; value: string; unit: MeasureUnit }
  | { kind: 'sum'; value: string; unit: MeasureUnit };

/** The numeric value a measure reads (null for a count). */
export function measureValue(measure: Measure): string | null {
  if (measure.kind === 'count') return null;
  return measure.kind === 'median_days' ? measure.duration : measure.value;
}

export function isMedian(measure: Measure): boolean {
  return measure.kind === 'median_days' || measure.kind === 'median';
}

/** One published table: a fact broken down by rows (and columns), one measure. */
export interface TableDefinition {
  key: string;
  fact: string;
  rows: DimensionKey;
  columns: DimensionKey | null;
  measure: Measure;
  /**
   * The columns are not added up (each is a currency): the row totals and the table's total have
   * no value, the column totals do.
   */
  columnsApart?: boolean;
}

/**
 * The catalogue: every module's facts and tables, in report order. A module keeps its own in
 * catalogue/<module>-catalogue.ts and adds one spread here.
 */
export const facts: readonly FactDefinition[] = [
  ...identificationFacts,
  ...prosecutionFacts,
  ...protectionFacts,
  ...preventionFacts,
];

export const tables: readonly TableDefinition[] = [
  ...identificationTables,
  ...prosecutionTables,
  ...protectionTables,
  ...preventionTables,
];

export function factOf(key: string): FactDefinition | undefined {
  return facts.find((fact) => fact.key === key);
}

/** Tables that can be computed over a source (CTDC datasets carry no referrals or decisions). */
export function tablesFor(source: SourceKind): TableDefinition[] {
  return tables.filter((table) => {
    const fact = factOf(table.fact);
    if (!fact?.sources.includes(source)) return false;
    if (source === 'national') return true;
    return (
      ctdcDimensions.includes(table.rows) &&
      (table.columns === null || ctdcDimensions.includes(table.columns))
    );
  });
}

/** What a CTDC record says (no identifying body, consent, or reporting country). */
export const ctdcDimensions: readonly DimensionKey[] = [
  'sex',
  'age_group',
  'age_band',
  'exploitation',
  'trafficking_scope',
];
