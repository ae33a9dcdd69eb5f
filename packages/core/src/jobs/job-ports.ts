import type { Store } from '../ports.ts';

/** One kind of recurring background work, as every server process on the database sees it. */
export interface ScheduledJob {
  kind: string;
  intervalSeconds: number;
  nextRunAt: Date;
  lastStartedAt: Date | null;
  lastFinishedAt: Date | null;
  /** `host:pid` of the process that last finished or failed it. */
  lastRunner: string | null;
  /** Error code or class of the last failed run (never its data: logs and rows stay free of it). */
  lastError: string | null;
  runCount: number;
  failureCount: number;
}

export interface JobRun {
  kind: string;
  ok: boolean;
  error?: string;
}

/**
 * The job table. `runDue` is the whole guarantee: one kind is run by one process at a time,
 * once per due time, and a process killed mid-run leaves the run due for the next one.
 */
export interface JobStore {
  /**
   * Makes sure each kind has its row (first run now); an existing row keeps its next run and takes
   * the interval given, unless a run holds it. Never waits for another process.
   */
  ensure(kinds: { kind: string; intervalSeconds: number }[], now: Date): Promise<void>;
  /**
   * Takes one due kind of `kinds` that no other process holds, runs `work` while holding it and
   * sets its next run; null when nothing is due or every due kind is held elsewhere. `work` gets
   * the store to write with (outside the lock's transaction: its own commits stay).
   */
  runDue(
    kinds: string[],
    runner: string,
    now: () => Date,
    work: (job: ScheduledJob, store: Store) => Promise<void>,
  ): Promise<JobRun | null>;
  list(): Promise<ScheduledJob[]>;
}
