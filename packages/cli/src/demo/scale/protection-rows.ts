import type { PersonBundle } from './person-bundle.ts';
import type { TableRows } from './scale-rows.ts';

/** The protection tables of the scale load (migration 14), from each person's bundle. */
export const protectionServiceRows: TableRows = {
  table: 'protection_services',
  columns: [
    'id',
    'person_id',
    'service_type',
    'provider_organisation_id',
    'delivered_on',
    'amount',
    'currency',
    'outcome',
    'recorded_by',
    'recorded_by_organisation_id',
    'recorded_at',
  ],
  *rows(b: PersonBundle) {
    for (const s of b.protection?.services ?? [])
      yield [
        s.id,
        b.id,
        s.serviceType,
        s.provider.id,
        s.deliveredOn,
        s.amount,
        s.currency,
        'completed',
        s.provider.userId,
        s.provider.id,
        s.recordedAt,
      ];
  },
};

export const cooperationRows: TableRows = {
  table: 'protection_cooperation',
  columns: [
    'id',
    'person_id',
    'status',
    'as_of',
    'recorded_by',
    'recorded_by_organisation_id',
    'recorded_at',
  ],
  *rows(b: PersonBundle) {
    const c = b.protection?.cooperation;
    if (c) yield [c.id, b.id, c.status, c.asOf, c.organisation.userId, c.organisation.id, c.recordedAt];
  },
};
