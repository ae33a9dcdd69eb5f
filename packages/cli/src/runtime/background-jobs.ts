import {
  escalateOverdueReferrals,
  type JobHandler,
  type Mailer,
  runRetention,
  sendNotificationEmails,
} from '@opennrm/core';
import { createSmtpMailer, type JobScheduler, startJobScheduler } from '@opennrm/server';
import { scheduleAuditCheckpoints } from '../audit/schedule-audit-checkpoints.ts';
import type { Runtime } from './open-runtime.ts';

/**
 * The background work of `opennrm serve`, through the job table: overdue escalation, e-mail
 * dispatch (with OPENNRM_SMTP_URL), audit checkpoints (when configured) and retention. Every process starts
 * this; the database lets one of them run each kind per due time (docs/operations/jobs.md).
 */
export async function startBackgroundJobs(
  runtime: Runtime,
  publicUrl: string,
): Promise<{ scheduler: JobScheduler; stop(): Promise<void> }> {
  const { deps, config } = runtime;
  const closers: (() => void)[] = [];
  const handlers: JobHandler[] = [
    {
      kind: 'referral-escalation',
      intervalSeconds: config.escalationIntervalSeconds,
      run: (store) => escalateOverdueReferrals({ ...deps, store }),
    },
    // Once a day; does nothing until an administrator turns retention on (docs/security/retention.md).
    { kind: 'retention', intervalSeconds: 86_400, run: (store) => runRetention({ ...deps, store }) },
  ];
  if (config.smtpUrl) {
    const mailer: Mailer & { close(): void } = createSmtpMailer(config.smtpUrl, config.mailFrom);
    closers.push(() => mailer.close());
    handlers.push({
      kind: 'email-dispatch',
      intervalSeconds: config.mailIntervalSeconds,
      run: (store) => sendNotificationEmails({ store, clock: deps.clock }, mailer, publicUrl),
    });
    console.log('E-mail notifications are sent through the configured SMTP server.');
  }
  const checkpoints = scheduleAuditCheckpoints(runtime);
  if (checkpoints) {
    handlers.push(checkpoints.job);
    closers.push(checkpoints.close);
  }
  const scheduler = await startJobScheduler(deps, handlers, config.jobPollMs, deps.logger);
  return {
    scheduler,
    stop: async () => {
      await scheduler.stop();
      for (const close of closers) close();
    },
  };
}
