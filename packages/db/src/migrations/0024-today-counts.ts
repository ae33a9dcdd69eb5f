import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Indexes for the home page's "what needs me today" (core/src/me/get-today.ts), which counts on
 * every sign-in: reflection periods an organisation granted by their last day, and the alerts
 * still waiting for the alerted body's acknowledgement.
 */
const statements: string[] = [
  'create index protection_reflection_granted_ends on protection_reflection_periods (granted_by_organisation_id, ends_on)',
  "create index alerts_to_open on alerts (to_organisation_id) where status = 'open'",
];

export const todayCounts: Migration = {
  version: 24,
  name: 'today-counts',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
