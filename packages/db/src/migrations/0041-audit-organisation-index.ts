import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * The audit log filters by the actor's organisation, newest first, a page at a time: without an
 * index in that order, a rarely active organisation means reading the whole trail backwards.
 */
export const auditOrganisationIndex: Migration = {
  version: 41,
  name: 'audit-organisation-index',
  async up(db) {
    await sql`create index audit_events_organisation on audit_events (actor_organisation_id, seq)`.execute(
      db,
    );
  },
};
