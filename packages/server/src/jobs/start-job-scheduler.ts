import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { type Deps, type JobHandler, runDueJobs } from '@opennrm/core';
import { createLogger, type Logger } from '../observability/create-logger.ts';

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
 * one; each kind still runs once per due time across them. Each run is logged with a run id
 * (its start, end or failure share it) and the runner, `host:pid`.
 */
export async function startJobScheduler(
  deps: Pick<Deps, 'store' | 'clock'>,
  handlers: JobHandler[],
  pollMs: number,
  logger: Logger = createLogger(),
): Promise<JobScheduler> {
  const runner = `${hostname()}:${process.pid}`;
  const log = logger.child({ runner });
  await deps.store.jobs.ensure(handlers, deps.clock.now());
  let current: Promise<void> | null = null;
  const runIds = new Map<string, string>();
  const runNow = () => {
    current ??= runDueJobs(deps, handlers, runner, ({ event, runner: _, ...fields }) => {
      if (event === 'job.started') runIds.set(fields.kind, randomUUID());
      const runId = runIds.get(fields.kind) ?? randomUUID();
      log[event === 'job.failed' ? 'error' : 'info']({ runId, ...fields }, event);
      if (event !== 'job.started') runIds.delete(fields.kind);
    })
      .then(() => undefined)
      .catch((error: unknown) => log.error({ err: error }, 'job.poll_failed'))
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
