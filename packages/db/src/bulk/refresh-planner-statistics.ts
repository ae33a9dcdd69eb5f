import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * ANALYZE after a bulk load: the planner's statistics of the tables just filled. PGlite runs no
 * autovacuum, so without it a generated country keeps the empty tables' estimates and a list
 * walks 60 000 links for a page of 50 (issue 21); on PostgreSQL autovacuum would come later.
 */
export async function refreshPlannerStatistics(db: Kysely<Database>): Promise<void> {
  await sql`analyze`.execute(db);
}
