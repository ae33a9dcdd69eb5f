import type { ColumnType, Generated } from 'kysely';

export interface ScheduledJobsTable {
  kind: string;
  interval_seconds: number;
  next_run_at: Date;
  last_started_at: Date | null;
  last_finished_at: Date | null;
  last_runner: string | null;
  last_error: string | null;
  run_count: ColumnType<number, number | undefined, number>;
  failure_count: Generated<number>;
}

export interface JobTables {
  scheduled_jobs: ScheduledJobsTable;
}
