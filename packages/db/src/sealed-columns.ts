import type { Database } from './schema.ts';
import { sealedPersonColumns } from './stores/person-rows.ts';

/**
 * A column holding sealed (encrypted) values. The additional authenticated data binds each value
 * to its row and field, so a sealed value copied into another row or column fails to open.
 */
export interface SealedColumn {
  table: keyof Database & string;
  column: string;
  idColumn: string;
  aad(row: { id: string }): string;
}

/**
 * Every sealed column of the schema. Key rotation (resealAll) walks exactly this list, so a new
 * sealed column must be registered here in the migration's release. The aad strings are what
 * core seals with; changing one makes every stored value of that column unreadable.
 */
export const sealedColumns: readonly SealedColumn[] = [
  {
    table: 'organisations',
    column: 'address_sealed',
    idColumn: 'id',
    aad: (row) => `organisation.address.${row.id}`,
  },
  // One per identity field, named by core's field name (person.givenNames.<id>, ...).
  ...Object.entries(sealedPersonColumns).map(
    ([field, column]): SealedColumn => ({
      table: 'persons',
      column,
      idColumn: 'id',
      aad: (row) => `person.${field}.${row.id}`,
    }),
  ),
  {
    table: 'identification_decisions',
    column: 'grounds_sealed',
    idColumn: 'id',
    aad: (row) => `decision.grounds.${row.id}`,
  },
  {
    table: 'referrals',
    column: 'note_sealed',
    idColumn: 'id',
    aad: (row) => `referral.note.${row.id}`,
  },
  {
    table: 'referral_messages',
    column: 'body_sealed',
    idColumn: 'id',
    aad: (row) => `referral.message.${row.id}`,
  },
  { table: 'alerts', column: 'details_sealed', idColumn: 'id', aad: (row) => `alert.details.${row.id}` },
  { table: 'alert_messages', column: 'body_sealed', idColumn: 'id', aad: (row) => `alert.message.${row.id}` },
  {
    table: 'protection_services',
    column: 'note_sealed',
    idColumn: 'id',
    aad: (row) => `protection_service.note.${row.id}`,
  },
  // Where a shelter is, which is where victims are.
  {
    table: 'shelter_facilities',
    column: 'address_sealed',
    idColumn: 'id',
    aad: (row) => `shelter_facility.address.${row.id}`,
  },
  {
    table: 'case_defendants',
    column: 'name_sealed',
    idColumn: 'id',
    aad: (row) => `defendant.name.${row.id}`,
  },
  // The TOTP secret: whoever reads it makes the user's codes (aad: core's secondFactorAad).
  {
    table: 'user_second_factors',
    column: 'secret_sealed',
    idColumn: 'user_id',
    aad: (row) => `second_factor.secret.${row.id}`,
  },
  {
    table: 'hotline_contacts',
    column: 'caller_identity_sealed',
    idColumn: 'id',
    aad: (row) => `hotline.caller.${row.id}`,
  },
  {
    table: 'hotline_contacts',
    column: 'notes_sealed',
    idColumn: 'id',
    aad: (row) => `hotline.notes.${row.id}`,
  },
];
