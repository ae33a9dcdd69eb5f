import { hostname } from 'node:os';
import { type Deps, type JobHandler, runDueJobs } from '@opennrm/core';
import { errorClass, logEvent } from '../observability/log-event.ts';

export interface JobScheduler {
  runner: string;
  /** Runs what is due now (tests, and the first look at start). */
  runNow(): Promise<void>;
  /** Stops looking for work and waits for the run in progress. */
  stop(): Promise<void>;
}

/**
 * Every `pollMs`, runs the kinds of background work that are due and that no other process holds
 * (the job table in the database decides: see core's runDueJobs). Every server process starts
 * one; each kind still runs once per due time across them.
 */
export async function startJobScheduler(
  deps: Pick<Deps, 'store' | 'clock'>,
  handlers: JobHandler[],
  pollMs: number,
): Promise<JobScheduler> {
  const runner = `${hostname()}:${process.pid}`;
  await deps.store.jobs.ensure(handlers, deps.clock.now());
  let current: Promise<void> | null = null;
  const runNow = () => {
    current ??= runDueJobs(deps, handlers, runner, ({ event, ...fields }) =>
      logEvent(event === 'job.failed' ? 'error' : 'info', event, fields),
    )
      .then(() => undefined)
      .catch((error: unknown) => logEvent('error', 'job.poll_failed', { runner, error: errorClass(error) }))
      .finally(() => {
        current = null;
      });
    return current;
  };
  const timer = setInterval(() => void runNow(), pollMs);
  timer.unref();
  void runNow();
  return {
    runner,
    runNow,
    stop: async () => {
      clearInterval(timer);
      await current;
    },
  };
}
