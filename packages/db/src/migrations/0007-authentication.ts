import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Sign-in limits that hold under concurrency, and API tokens that end.
 * - throttle.pending/pending_at: attempts granted and not yet settled. A claim is one conditional
 *   UPDATE (failures + pending < limit), so of many concurrent attempts only the limit's worth is
 *   ever evaluated, in every server process. pending_at lets a place held by a process that died
 *   lapse instead of blocking the key for good.
 * - Tokens made before expiry was the default never ended: they now end 90 days after this step
 *   (not after their creation, which could cut an integration off without warning).
 */
const statements = [
  'alter table throttle add column pending integer not null default 0',
  'alter table throttle add column pending_at timestamptz',
  `update api_tokens set expires_at = now() + interval '90 days'
    where expires_at is null and revoked_at is null`,
];

export const authentication: Migration = {
  version: 7,
  name: 'authentication',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
