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

const recorded = ['recorded_by', 'recorded_by_organisation_id', 'recorded_at'];
/** Stays, permits and returns are recorded by the person's owner, a day after the event. */
const recordedBy = (b: PersonBundle, day: string) => [
  b.owner.userId,
  b.owner.id,
  new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000),
];

export const stayRows: TableRows = {
  table: 'shelter_stays',
  columns: [
    'id',
    'facility_id',
    'person_id',
    'resident_group',
    'admitted_on',
    'discharged_on',
    'discharge_reason',
    ...recorded,
  ],
  *rows(b: PersonBundle) {
    for (const s of b.protection?.stays ?? [])
      yield [
        s.id,
        s.facilityId,
        b.id,
        s.residentGroup,
        s.admittedOn,
        s.dischargedOn,
        s.dischargeReason,
        ...recordedBy(b, s.admittedOn),
      ];
  },
};

export const permitRows: TableRows = {
  table: 'protection_residence_permits',
  columns: [
    'id',
    'person_id',
    'permit_type',
    'status',
    'applied_on',
    'decided_on',
    'valid_from',
    'valid_until',
    ...recorded,
  ],
  *rows(b: PersonBundle) {
    for (const p of b.protection?.permits ?? [])
      yield [
        p.id,
        b.id,
        p.permitType,
        p.status,
        p.appliedOn,
        p.decidedOn,
        p.validFrom,
        p.validUntil,
        ...recordedBy(b, p.decidedOn ?? p.appliedOn),
      ];
  },
};

export const returnRows: TableRows = {
  table: 'protection_returns',
  columns: ['id', 'person_id', 'kind', 'country', 'returned_on', 'person_status', ...recorded],
  *rows(b: PersonBundle) {
    for (const r of b.protection?.returns ?? [])
      yield [r.id, b.id, r.kind, r.country, r.returnedOn, r.personStatus, ...recordedBy(b, r.returnedOn)];
  },
};
