import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Indexes for the protection report at a million persons (bench/RESULTS.md). A person's
 * cooperation as at a period's end is the latest choice before it (latest day, then latest
 * recorded): with the status included, that is the first entry of one index range, read
 * without a sort or a table visit; it replaces the (person_id, as_of) index it extends. The
 * allowance figures read only allowances, by kind and day, not every delivery of two years.
 */
const statements: string[] = [
  `create index protection_cooperation_latest
     on protection_cooperation (person_id, as_of desc, recorded_at desc) include (status)`,
  'drop index protection_cooperation_person',
  'create index protection_services_type_delivered on protection_services (service_type, delivered_on)',
];

export const protectionReportIndexes: Migration = {
  version: 19,
  name: 'protection-report-indexes',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
