import type { FactDefinition, Measure, TableDefinition } from '../catalogue.ts';

const count: Measure = { kind: 'count' };
const national = ['national'] as const;

/**
 * Criminal cases, suspects, prosecutions, convictions and sentences (the TIP report's
 * "Prosecution" section, GRETA's and UNODC's criminal justice figures), official complicity,
 * victims in proceedings and victims penalised. Each fact is placed in a period by the day its
 * event happened (opened, investigated, charged, first verdict, first sentence, testified,
 * penalised), never by when it was recorded.
 */
export const prosecutionFacts: readonly FactDefinition[] = [
  {
    key: 'criminal_cases',
    sources: national,
    dimensions: ['exploitation', 'complicity', 'case_opening_body'],
    durations: [],
  },
  {
    key: 'suspects_investigated',
    sources: national,
    dimensions: ['exploitation', 'defendant_kind', 'complicity', 'sex'],
    durations: [],
  },
  {
    key: 'defendants_charged',
    sources: national,
    dimensions: ['exploitation', 'defendant_kind', 'complicity', 'sex'],
    durations: [],
  },
  {
    key: 'defendants_judged',
    sources: national,
    dimensions: ['verdict', 'exploitation', 'defendant_kind', 'complicity', 'sex'],
    durations: [],
  },
  {
    key: 'sentences',
    sources: national,
    dimensions: ['sentence_kind', 'sentence_band', 'sentence_history', 'exploitation', 'complicity'],
    durations: ['prison_months', 'compensation_ordered', 'compensation_paid'],
  },
  {
    key: 'cases_pending',
    sources: national,
    dimensions: ['pending_stage', 'exploitation', 'complicity'],
    durations: [],
  },
  {
    key: 'administrative_measures',
    sources: national,
    dimensions: ['administrative_measure'],
    durations: [],
  },
  { key: 'victims_testified', sources: national, dimensions: ['victim_role', 'sex'], durations: [] },
  { key: 'victims_penalised', sources: national, dimensions: ['victim_penalty', 'sex'], durations: [] },
  {
    key: 'compensation_payments',
    sources: national,
    dimensions: ['exploitation', 'complicity'],
    durations: ['amount'],
  },
];

export const prosecutionTables: readonly TableDefinition[] = [
  {
    key: 'criminal_cases.exploitation_complicity',
    fact: 'criminal_cases',
    rows: 'exploitation',
    columns: 'complicity',
    measure: count,
  },
  {
    key: 'criminal_cases.opening_body',
    fact: 'criminal_cases',
    rows: 'case_opening_body',
    columns: null,
    measure: count,
  },
  {
    key: 'suspects_investigated.exploitation_kind',
    fact: 'suspects_investigated',
    rows: 'exploitation',
    columns: 'defendant_kind',
    measure: count,
  },
  {
    key: 'defendants_charged.exploitation_kind',
    fact: 'defendants_charged',
    rows: 'exploitation',
    columns: 'defendant_kind',
    measure: count,
  },
  {
    key: 'defendants_charged.complicity_sex',
    fact: 'defendants_charged',
    rows: 'complicity',
    columns: 'sex',
    measure: count,
  },
  {
    key: 'defendants_judged.verdict_exploitation',
    fact: 'defendants_judged',
    rows: 'verdict',
    columns: 'exploitation',
    measure: count,
  },
  {
    key: 'defendants_judged.verdict_complicity',
    fact: 'defendants_judged',
    rows: 'verdict',
    columns: 'complicity',
    measure: count,
  },
  {
    key: 'sentences.kind_history',
    fact: 'sentences',
    rows: 'sentence_kind',
    columns: 'sentence_history',
    measure: count,
  },
  {
    key: 'sentences.band_history',
    fact: 'sentences',
    rows: 'sentence_band',
    columns: 'sentence_history',
    measure: count,
  },
  {
    key: 'sentences.median_months',
    fact: 'sentences',
    rows: 'exploitation',
    columns: null,
    measure: { kind: 'median', value: 'prison_months', unit: 'months' },
  },
  {
    key: 'sentences.compensation_ordered',
    fact: 'sentences',
    rows: 'exploitation',
    columns: null,
    measure: { kind: 'sum', value: 'compensation_ordered', unit: 'amount' },
  },
  {
    key: 'sentences.compensation_paid',
    fact: 'sentences',
    rows: 'exploitation',
    columns: null,
    measure: { kind: 'sum', value: 'compensation_paid', unit: 'amount' },
  },
  {
    key: 'cases_pending.stage_exploitation',
    fact: 'cases_pending',
    rows: 'pending_stage',
    columns: 'exploitation',
    measure: count,
  },
  {
    key: 'administrative_measures.measure',
    fact: 'administrative_measures',
    rows: 'administrative_measure',
    columns: null,
    measure: count,
  },
  {
    key: 'victims_testified.role_sex',
    fact: 'victims_testified',
    rows: 'victim_role',
    columns: 'sex',
    measure: count,
  },
  {
    key: 'victims_penalised.penalty_sex',
    fact: 'victims_penalised',
    rows: 'victim_penalty',
    columns: 'sex',
    measure: count,
  },
  {
    key: 'compensation_payments.exploitation',
    fact: 'compensation_payments',
    rows: 'exploitation',
    columns: null,
    measure: { kind: 'sum', value: 'amount', unit: 'amount' },
  },
];
