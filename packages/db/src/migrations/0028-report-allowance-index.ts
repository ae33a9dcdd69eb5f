import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * The two allowance facts of the annual report (allowances_paid, allowance_payments) read the
 * financial allowances of a year or two: about one delivery in seven. PostgreSQL underestimated
 * them (currency is set exactly on the allowances, which it takes for independent) and read
 * every delivery of the period by its day, then dropped six in seven. This partial index holds
 * only the allowances, with every column the facts read, so they are read from it alone.
 */
export const reportAllowanceIndex: Migration = {
  version: 28,
  name: 'report-allowance-index',
  async up(db) {
    await sql`create index protection_services_allowances on protection_services (delivered_on)
      include (currency, amount, person_id, provider_organisation_id, recorded_at, id)
      where service_type = 'financial_allowance'`.execute(db);
  },
};
