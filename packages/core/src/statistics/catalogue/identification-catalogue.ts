import type { FactDefinition, Measure, TableDefinition } from '../catalogue.ts';

const count: Measure = { kind: 'count' };

/** Screening, identification, decisions and referrals: the first module's figures. */
export const identificationFacts: readonly FactDefinition[] = [
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

export const identificationTables: readonly TableDefinition[] = [
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
