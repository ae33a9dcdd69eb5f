import type { Database } from './schema.ts';

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
 * sealed column must be registered here in the migration's release.
 */
export const sealedColumns: readonly SealedColumn[] = [
  {
    table: 'organisations',
    column: 'address_sealed',
    idColumn: 'id',
    aad: (row) => `organisation.address.${row.id}`,
  },
];
