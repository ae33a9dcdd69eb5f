import type { Deps } from '../context.ts';
import type { Store } from '../ports.ts';
import type { JobRun, ScheduledJob } from './job-ports.ts';

/** A kind of background work: how often, and what one run does with the store it is given. */
export interface JobHandler {
  kind: string;
  intervalSeconds: number;
  run(store: Store, job: ScheduledJob): Promise<unknown>;
}

export type JobEvent =
  | { event: 'job.started'; kind: string; runner: string }
  | { event: 'job.finished'; kind: string; runner: string; ms: number }
  | { event: 'job.failed'; kind: string; runner: string; error: string };

/**
 * Runs every due kind this process handles, one after the other, each only if no other process
 * holds it (the job table's row lock): with three servers on one database, e-mail dispatch,
 * escalation and audit checkpoints each run once per due time. Returns what ran.
 */
export async function runDueJobs(
  deps: Pick<Deps, 'store' | 'clock'>,
  handlers: JobHandler[],
  runner: string,
  onEvent: (event: JobEvent) => void = () => {},
): Promise<JobRun[]> {
  const byKind = new Map(handlers.map((h) => [h.kind, h]));
  const kinds = [...byKind.keys()];
  const runs: JobRun[] = [];
  // Each kind at most once per call: a kind whose run failed is due again only later.
  for (let i = 0; i < kinds.length; i += 1) {
    const pending = kinds.filter((k) => !runs.some((r) => r.kind === k));
    const run = await deps.store.jobs.runDue(
      pending,
      runner,
      () => deps.clock.now(),
      async (job, store) => {
        const handler = byKind.get(job.kind);
        if (!handler) return;
        const started = Date.now();
        onEvent({ event: 'job.started', kind: job.kind, runner });
        await handler.run(store, job);
        onEvent({ event: 'job.finished', kind: job.kind, runner, ms: Date.now() - started });
      },
    );
    if (!run) break;
    if (!run.ok) onEvent({ event: 'job.failed', kind: run.kind, runner, error: run.error ?? 'error' });
    runs.push(run);
  }
  return runs;
}
