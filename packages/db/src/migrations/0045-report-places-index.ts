import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * "Activities in N cities and districts" counts each place once per period, by its first activity
 * there. It sorted every activity of two years (127 000 at a million persons, 300 ms of CPU) to
 * keep 144 rows; with the activities in this order, each place's first activity of a period is the
 * first entry of one index range, read without a sort or a table visit (prevention-facts.ts).
 */
export const reportPlacesIndex: Migration = {
  version: 45,
  name: 'report-places-index',
  async up(db) {
    await sql`create index awareness_activities_place
      on awareness_activities (place_code, held_on, created_at, id) include (region, organisation_id)`.execute(
      db,
    );
  },
};
