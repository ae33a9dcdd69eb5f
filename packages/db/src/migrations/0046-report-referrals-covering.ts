import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * referrals_sent reads the referrals of two years by day (395 000 at a million persons) and
 * needs a handful of their columns. Through the plain day index it visited the table for each,
 * about 54 000 pages of wide rows (430 MB) per report: with PostgreSQL's default 128 MB of shared
 * buffers, nearly every one a copy from the operating system's cache. With the columns in the
 * index, the report reads 153 MB of index instead and no table page (530 -> 365 ms of CPU at 1M,
 * bench/RESULTS.md). It replaces the plain index on the day, which nothing else needs.
 */
export const reportReferralsCovering: Migration = {
  version: 46,
  name: 'report-referrals-covering',
  async up(db) {
    await sql`create index referrals_report on referrals (sent_on)
      include (from_organisation_id, to_organisation_id, status, responded_on, respond_by,
               share_identity, override_reason, child_rule)`.execute(db);
    await sql`drop index referrals_sent_on`.execute(db);
  },
};
