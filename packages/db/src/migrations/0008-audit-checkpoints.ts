import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * The keyed audit chain.
 *
 * hash_version: events written before this step keep their SHA-256 hashes (version 1); from now
 * on the application writes HMAC-SHA256 under the audit key (version 2), chained onto the last
 * old hash. Nothing is re-hashed: the old hashes are what earlier checkpoints recorded.
 */
const statements: string[] = [
  `alter table audit_events add column hash_version smallint not null default 1
    constraint audit_events_hash_version check (hash_version in (1, 2))`,
];

export const auditCheckpoints: Migration = {
  version: 8,
  name: 'audit-checkpoints',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
