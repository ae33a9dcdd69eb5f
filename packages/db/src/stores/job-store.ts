import type { JobRun, JobStore, ScheduledJob, Store } from '@opennrm/core';
import type { Kysely, Selectable } from 'kysely';
import { isSingleSession } from '../pglite/pglite-dialect.ts';
import type { Database, ScheduledJobsTable } from '../schema.ts';

/**
 * The job table (migration 0025). On PostgreSQL a run holds its row's lock (`FOR UPDATE SKIP
 * LOCKED`) in a transaction on one pooled connection while the work runs on the others, with
 * its own transactions: e-mail dispatch commits its cursor after each message, so a process
 * killed mid-run leaves the rest due and nothing sent twice. The row's next run is set in the
 * locking transaction: a run that never finished (the process died) is still due. PGlite has one
 * session and one process: see runInOneProcess.
 */
export function createJobStore(db: Kysely<Database>, outer: () => Store): JobStore {
  return {
    async ensure(kinds, now) {
      for (const { kind, intervalSeconds } of kinds) {
        await db
          .insertInto('scheduled_jobs')
          .values({ kind, interval_seconds: intervalSeconds, next_run_at: now, run_count: 0 })
          .onConflict((oc) => oc.column('kind').doNothing())
          .execute();
        // A changed interval applies; a row held by a running job is skipped, never waited for
        // (waiting would stop this process's start for as long as another's run takes).
        await db
          .updateTable('scheduled_jobs')
          .set({ interval_seconds: intervalSeconds })
          .where('kind', 'in', (eb) =>
            eb
              .selectFrom('scheduled_jobs')
              .select('kind')
              .where('kind', '=', kind)
              .where('interval_seconds', '<>', intervalSeconds)
              .forUpdate()
              .skipLocked(),
          )
          .execute();
      }
    },

    async runDue(kinds, runner, now, work) {
      if (kinds.length === 0) return null;
      if (isSingleSession(db as Kysely<unknown>)) return runInOneProcess(db, kinds, runner, now, work, outer);
      return db.transaction().execute(async (trx): Promise<JobRun | null> => {
        const row = await trx
          .selectFrom('scheduled_jobs')
          .selectAll()
          .where('kind', 'in', kinds)
          .where('next_run_at', '<=', now())
          .orderBy('next_run_at')
          .limit(1)
          .forUpdate()
          .skipLocked()
          .executeTakeFirst();
        if (!row) return null;
        const started = now();
        try {
          await work(toJob(row), outer());
        } catch (error) {
          const failure = errorName(error);
          await recordFailure(trx, row, failure, runner, now());
          return { kind: row.kind, ok: false, error: failure };
        }
        await recordSuccess(trx, row, started, now(), runner);
        return { kind: row.kind, ok: true };
      });
    },

    async list() {
      const rows = await db.selectFrom('scheduled_jobs').selectAll().orderBy('kind').execute();
      return rows.map(toJob);
    },
  };
}

/**
 * PGlite: one process, one session. Holding a transaction through the work would stop every
 * request for as long as an e-mail takes; so the run is claimed (its next run moved on) in a
 * short transaction and done outside it. A crash mid-run leaves the rest for the next interval.
 */
async function runInOneProcess(
  db: Kysely<Database>,
  kinds: string[],
  runner: string,
  now: () => Date,
  work: Parameters<JobStore['runDue']>[3],
  outer: () => Store,
): Promise<JobRun | null> {
  const row = await db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('scheduled_jobs')
      .selectAll()
      .where('kind', 'in', kinds)
      .where('next_run_at', '<=', now())
      .orderBy('next_run_at')
      .limit(1)
      .forUpdate()
      .executeTakeFirst();
    if (!due) return null;
    await trx
      .updateTable('scheduled_jobs')
      .set({ next_run_at: new Date(now().getTime() + due.interval_seconds * 1000), last_started_at: now() })
      .where('kind', '=', due.kind)
      .execute();
    return due;
  });
  if (!row) return null;
  const started = now();
  try {
    await work(toJob(row), outer());
  } catch (error) {
    const failure = errorName(error);
    await recordFailure(db, row, failure, runner, now());
    return { kind: row.kind, ok: false, error: failure };
  }
  await recordSuccess(db, row, started, now(), runner);
  return { kind: row.kind, ok: true };
}

async function recordSuccess(
  db: Kysely<Database>,
  row: Selectable<ScheduledJobsTable>,
  started: Date,
  finished: Date,
  runner: string,
): Promise<void> {
  await db
    .updateTable('scheduled_jobs')
    .set((eb) => ({
      next_run_at: new Date(finished.getTime() + row.interval_seconds * 1000),
      last_started_at: started,
      last_finished_at: finished,
      last_runner: runner,
      last_error: null,
      run_count: eb('run_count', '+', 1),
    }))
    .where('kind', '=', row.kind)
    .execute();
}

/** A failed run is due again after its interval, not at once: a broken SMTP server is not hammered. */
async function recordFailure(
  db: Kysely<Database>,
  row: Selectable<ScheduledJobsTable>,
  error: string,
  runner: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('scheduled_jobs')
    .set((eb) => ({
      next_run_at: new Date(at.getTime() + row.interval_seconds * 1000),
      last_runner: runner,
      last_error: error,
      failure_count: eb('failure_count', '+', 1),
    }))
    .where('kind', '=', row.kind)
    .execute();
}

/** The error's class and code only: a message may carry an address or a name. */
function errorName(error: unknown): string {
  const e = error as { name?: string; code?: string };
  return [e?.name ?? 'Error', e?.code].filter(Boolean).join(' ');
}

function toJob(row: Selectable<ScheduledJobsTable>): ScheduledJob {
  return {
    kind: row.kind,
    intervalSeconds: row.interval_seconds,
    nextRunAt: row.next_run_at,
    lastStartedAt: row.last_started_at,
    lastFinishedAt: row.last_finished_at,
    lastRunner: row.last_runner,
    lastError: row.last_error,
    runCount: Number(row.run_count),
    failureCount: Number(row.failure_count),
  };
}
