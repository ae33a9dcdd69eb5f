import type { FactDefinition, Measure, TableDefinition } from '../catalogue.ts';

const count: Measure = { kind: 'count' };

/**
 * Protection: services delivered, allowances, shelter stays, reflection periods, residence
 * permits, returns and funding. Each fact reads the module's own tables by an indexed event day.
 */
export const protectionFacts: readonly FactDefinition[] = [
  {
    // One record per person and service type delivered in the period.
    key: 'person_services',
    sources: ['national'],
    dimensions: ['service_type', 'provider_type', 'victim_standing', 'cooperation'],
    durations: [],
  },
  {
    // One record per person with any service delivered in the period.
    key: 'persons_assisted',
    sources: ['national'],
    dimensions: ['victim_standing', 'cooperation', 'provider_type'],
    durations: [],
  },
  {
    // One record per person paid an allowance in the period in the national currency; `amount` their total.
    key: 'allowances_paid',
    sources: ['national'],
    dimensions: ['provider_type', 'victim_standing'],
    // The person's total in the period.
    durations: ['amount'],
  },
  {
    // One record per allowance payment (as many as persons paid: each was paid once, "one-time").
    key: 'allowance_payments',
    sources: ['national'],
    dimensions: ['provider_type'],
    durations: ['amount'],
  },
  {
    key: 'shelter_stays',
    sources: ['national'],
    dimensions: ['operator_type', 'free_movement', 'resident_group', 'stay_end', 'victim_standing'],
    durations: ['bed_nights'],
  },
  {
    key: 'reflection_periods',
    sources: ['national'],
    dimensions: ['victim_standing'],
    durations: ['days'],
  },
  {
    key: 'residence_permits',
    sources: ['national'],
    dimensions: ['permit_type', 'permit_status'],
    durations: [],
  },
  {
    key: 'returns',
    sources: ['national'],
    dimensions: ['return_kind', 'victim_standing'],
    durations: [],
  },
  {
    key: 'funding_allocated',
    sources: ['national'],
    dimensions: ['funding_recipient', 'funding_source'],
    durations: ['amount'],
  },
  {
    // One record per disbursement (money paid out of an allocation) in the national currency.
    key: 'funding_disbursed',
    sources: ['national'],
    dimensions: ['spending_service', 'funding_recipient'],
    durations: ['amount'],
  },
  {
    // One record per service delivered in the period with an amount, in a currency with a column.
    key: 'service_money',
    sources: ['national'],
    dimensions: ['service_type', 'money_currency', 'provider_type'],
    durations: ['amount'],
  },
];

export const protectionTables: readonly TableDefinition[] = [
  {
    key: 'person_services.service_standing',
    fact: 'person_services',
    rows: 'service_type',
    columns: 'victim_standing',
    measure: count,
  },
  {
    key: 'person_services.service_provider',
    fact: 'person_services',
    rows: 'service_type',
    columns: 'provider_type',
    measure: count,
  },
  {
    key: 'persons_assisted.cooperation_standing',
    fact: 'persons_assisted',
    rows: 'cooperation',
    columns: 'victim_standing',
    measure: count,
  },
  {
    key: 'allowances_paid.provider_standing',
    fact: 'allowances_paid',
    rows: 'provider_type',
    columns: 'victim_standing',
    measure: count,
  },
  {
    key: 'allowances_paid.total',
    fact: 'allowances_paid',
    rows: 'provider_type',
    columns: null,
    measure: { kind: 'sum', value: 'amount', unit: 'amount' },
  },
  {
    key: 'allowances_paid.median',
    fact: 'allowances_paid',
    rows: 'provider_type',
    columns: null,
    measure: { kind: 'median', value: 'amount', unit: 'amount' },
  },
  {
    key: 'allowance_payments.provider',
    fact: 'allowance_payments',
    rows: 'provider_type',
    columns: null,
    measure: count,
  },
  {
    key: 'shelter_stays.operator_movement',
    fact: 'shelter_stays',
    rows: 'operator_type',
    columns: 'free_movement',
    measure: count,
  },
  {
    key: 'shelter_stays.bed_nights',
    fact: 'shelter_stays',
    rows: 'operator_type',
    columns: 'free_movement',
    measure: { kind: 'sum', value: 'bed_nights', unit: 'nights' },
  },
  {
    key: 'shelter_stays.group_end',
    fact: 'shelter_stays',
    rows: 'resident_group',
    columns: 'stay_end',
    measure: count,
  },
  {
    key: 'reflection_periods.standing',
    fact: 'reflection_periods',
    rows: 'victim_standing',
    columns: null,
    measure: count,
  },
  {
    key: 'residence_permits.type_status',
    fact: 'residence_permits',
    rows: 'permit_type',
    columns: 'permit_status',
    measure: count,
  },
  {
    key: 'returns.kind_standing',
    fact: 'returns',
    rows: 'return_kind',
    columns: 'victim_standing',
    measure: count,
  },
  {
    key: 'funding_allocated.recipient_source',
    fact: 'funding_allocated',
    rows: 'funding_recipient',
    columns: 'funding_source',
    measure: { kind: 'sum', value: 'amount', unit: 'amount' },
  },
  {
    key: 'funding_disbursed.service_recipient',
    fact: 'funding_disbursed',
    rows: 'spending_service',
    columns: 'funding_recipient',
    measure: { kind: 'sum', value: 'amount', unit: 'amount' },
  },
  {
    key: 'service_money.service_currency',
    fact: 'service_money',
    rows: 'service_type',
    columns: 'money_currency',
    measure: { kind: 'sum', value: 'amount', unit: 'amount' },
    // Each column is one currency: a service's total across them would add manat to dollars.
    columnsApart: true,
  },
];
