import type { JobHandler } from '@opennrm/core';
import { createSmtpMailer } from '@opennrm/server';
import type { Runtime } from '../runtime/open-runtime.ts';
import { auditCheckpointJob } from './audit-checkpoint-job.ts';

/**
 * The checkpoint job of `opennrm serve` when OPENNRM_AUDIT_CHECKPOINT_FILE and/or
 * OPENNRM_AUDIT_CHECKPOINT_MAIL is set (every OPENNRM_AUDIT_CHECKPOINT_MINUTES, default 60);
 * null when neither is set.
 */
export function scheduleAuditCheckpoints(runtime: Runtime): { job: JobHandler; close(): void } | null {
  const { config } = runtime;
  const keys = runtime.deps.store.audit.keys;
  if (!keys || (!config.auditCheckpointFile && !config.auditCheckpointMail)) return null;
  const mailer =
    config.auditCheckpointMail && config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : null;
  const job = auditCheckpointJob(
    keys,
    {
      file: config.auditCheckpointFile,
      mail: mailer && config.auditCheckpointMail ? { mailer, to: config.auditCheckpointMail } : null,
    },
    config.auditCheckpointMinutes * 60,
    runtime.deps.logger,
  );
  const where = [config.auditCheckpointFile, config.auditCheckpointMail].filter(Boolean).join(' and ');
  console.log(`Audit checkpoints go to ${where} every ${config.auditCheckpointMinutes} minutes.`);
  return { job, close: () => mailer?.close() };
}
