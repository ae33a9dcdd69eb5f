import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * The money-delivered fact of the annual report (service_money) reads the deliveries of a year or
 * two that carry an amount: allowances and the few services whose cost was recorded, a small
 * share of all deliveries. Without this partial index it reads every delivery of the period by
 * its day and drops most; with it, it reads only those with an amount, and every column it needs.
 */
export const reportServiceMoneyIndex: Migration = {
  version: 34,
  name: 'report-service-money-index',
  async up(db) {
    await sql`create index protection_services_with_amount on protection_services (delivered_on)
      include (service_type, currency, amount, person_id, provider_organisation_id, id)
      where amount is not null`.execute(db);
  },
};
