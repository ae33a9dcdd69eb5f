import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Background work shared by every server process on one database (docs/operations/jobs.md).
 * One row per kind of recurring work: a process runs a kind only while it holds the row's lock
 * (`FOR UPDATE SKIP LOCKED`), and moves `next_run_at` on in the same transaction. A process that
 * dies mid-run loses its connection, its transaction rolls back and the lock goes with it: the
 * run is still due and the next process to look takes it.
 */
const statements: string[] = [
  `create table scheduled_jobs (
    kind text primary key,
    interval_seconds integer not null check (interval_seconds > 0),
    next_run_at timestamptz not null,
    last_started_at timestamptz,
    last_finished_at timestamptz,
    last_runner text,
    last_error text,
    run_count bigint not null default 0,
    failure_count bigint not null default 0
  )`,
];

export const scheduledJobs: Migration = {
  version: 25,
  name: 'scheduled-jobs',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
