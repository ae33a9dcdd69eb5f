import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * An activity of the action plan may require officials of named body types to be trained (the
 * TIP report of 2015: the plan "requires training diplomats"). The statistics then count, per
 * period, the body types a plan in force names and whether any training reached them.
 */
export const planTrainingBodies: Migration = {
  version: 21,
  name: 'plan-training-bodies',
  async up(db) {
    await sql`alter table plan_activities add column training_body_types text[] not null default '{}'`.execute(
      db,
    );
  },
};
