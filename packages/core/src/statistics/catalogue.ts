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
  /** Measures beyond the count of records this fact offers. */
  durations: readonly string[];
}

export type Measure = { kind: 'count' } | { kind: 'median_days'; duration: string };

/** One published table: a fact broken down by rows (and columns), one measure. */
export interface TableDefinition {
  key: string;
  fact: string;
  rows: DimensionKey;
  columns: DimensionKey | null;
  measure: Measure;
}

const count: Measure = { kind: 'count' };

export const facts: readonly FactDefinition[] = [
  {
    key: 'persons_screened',
    sources: ['national'],
    dimensions: ['sex', 'age_group', 'nationality', 'exploitation', 'identifying_body'],
    durations: [],
  },
  {
    key: 'persons_presumed',
    sources: ['national'],
    dimensions: ['sex', 'age_group', 'nationality', 'exploitation', 'identifying_body'],
    durations: [],
  },
  {
    key: 'victims_identified',
    sources: ['national', 'ctdc'],
    dimensions: [
      'sex',
      'age_group',
      'age_band',
      'exploitation',
      'nationality',
      'trafficking_scope',
      'identifying_body',
      'consent',
    ],
    durations: [],
  },
  {
    key: 'decisions_due',
    sources: ['national'],
    dimensions: ['decision_timeliness', 'decision_outcome', 'age_group'],
    durations: ['screening_to_decision'],
  },
  {
    key: 'referrals_sent',
    sources: ['national'],
    dimensions: ['sender_type', 'recipient_type', 'referral_status', 'response_timeliness', 'identity_basis'],
    durations: ['days_to_answer'],
  },
];

export const tables: readonly TableDefinition[] = [
  {
    key: 'persons_screened.sex_age',
    fact: 'persons_screened',
    rows: 'sex',
    columns: 'age_group',
    measure: count,
  },
  {
    key: 'persons_presumed.sex_age',
    fact: 'persons_presumed',
    rows: 'sex',
    columns: 'age_group',
    measure: count,
  },
  {
    key: 'victims_identified.sex_age',
    fact: 'victims_identified',
    rows: 'sex',
    columns: 'age_group',
    measure: count,
  },
  {
    key: 'victims_identified.exploitation_age',
    fact: 'victims_identified',
    rows: 'exploitation',
    columns: 'age_group',
    measure: count,
  },
  {
    key: 'victims_identified.nationality_sex',
    fact: 'victims_identified',
    rows: 'nationality',
    columns: 'sex',
    measure: count,
  },
  {
    key: 'victims_identified.scope_sex',
    fact: 'victims_identified',
    rows: 'trafficking_scope',
    columns: 'sex',
    measure: count,
  },
  {
    key: 'victims_identified.body_sex',
    fact: 'victims_identified',
    rows: 'identifying_body',
    columns: 'sex',
    measure: count,
  },
  {
    key: 'victims_identified.band_sex',
    fact: 'victims_identified',
    rows: 'age_band',
    columns: 'sex',
    measure: count,
  },
  {
    key: 'victims_identified.consent_age',
    fact: 'victims_identified',
    rows: 'consent',
    columns: 'age_group',
    measure: count,
  },
  {
    key: 'decisions_due.timeliness_age',
    fact: 'decisions_due',
    rows: 'decision_timeliness',
    columns: 'age_group',
    measure: count,
  },
  {
    key: 'decisions_due.outcome_age',
    fact: 'decisions_due',
    rows: 'decision_outcome',
    columns: 'age_group',
    measure: count,
  },
  {
    key: 'decisions_due.median_days',
    fact: 'decisions_due',
    rows: 'age_group',
    columns: null,
    measure: { kind: 'median_days', duration: 'screening_to_decision' },
  },
  {
    key: 'referrals_sent.sender_recipient',
    fact: 'referrals_sent',
    rows: 'sender_type',
    columns: 'recipient_type',
    measure: count,
  },
  {
    key: 'referrals_sent.recipient_status',
    fact: 'referrals_sent',
    rows: 'recipient_type',
    columns: 'referral_status',
    measure: count,
  },
  {
    key: 'referrals_sent.recipient_timeliness',
    fact: 'referrals_sent',
    rows: 'recipient_type',
    columns: 'response_timeliness',
    measure: count,
  },
  {
    key: 'referrals_sent.median_days',
    fact: 'referrals_sent',
    rows: 'recipient_type',
    columns: null,
    measure: { kind: 'median_days', duration: 'days_to_answer' },
  },
  {
    key: 'referrals_sent.identity_basis_recipient',
    fact: 'referrals_sent',
    rows: 'identity_basis',
    columns: 'recipient_type',
    measure: count,
  },
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
