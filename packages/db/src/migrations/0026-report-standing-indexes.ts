import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * The annual report at a million persons (bench/RESULTS.md). Every protection fact states the
 * person's standing as at its period's end (identified by the state, by an NGO only, not a
 * victim, presumed) from five columns of `persons`; without an index holding them PostgreSQL
 * read the whole persons table (hashed, or scanned in parallel) for a few thousand returns or
 * permits. With this covering index it looks each person up in the index alone. The consent as
 * at a period's end (given before it, not withdrawn by then) likewise reads its index alone.
 */
const statements: string[] = [
  `create index persons_standing on persons (id)
     include (organisation_id, status, identified_on, state_decided_on, first_decided_on)`,
  'create index consents_person_given on consents (person_id, given_on) include (withdrawn_at)',
];

export const reportStandingIndexes: Migration = {
  version: 26,
  name: 'report-standing-indexes',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
