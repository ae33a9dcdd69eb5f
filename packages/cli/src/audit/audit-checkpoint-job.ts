import type { AuditCheckpoint, AuditKeys, JobHandler } from '@opennrm/core';
import { createLogger, type Logger } from '@opennrm/server';
import { type CheckpointTargets, writeAuditCheckpoint } from './write-audit-checkpoint.ts';

/**
 * `opennrm serve`'s checkpoints as a job of the job table: one process writes each (at start,
 * then every interval when the log grew), whichever holds the job. Each run verifies only the
 * events since the previous checkpoint this process wrote. A refusal (the log no longer
 * verifies) is logged every time and mailed once to the checkpoint address: whoever tampered
 * with the database should not be the only one to know.
 */
export function auditCheckpointJob(
  keys: AuditKeys,
  targets: CheckpointTargets,
  intervalSeconds: number,
  logger: Logger = createLogger(),
): JobHandler {
  let previous: AuditCheckpoint | null = null;
  let alerted: string | null = null;
  return {
    kind: 'audit-checkpoint',
    intervalSeconds,
    async run(store) {
      const audit = store.audit;
      // A quiet night should not fill the file or the mailbox with the same checkpoint.
      const [head] = await audit.list({ limit: 1 });
      if (previous && (head?.seq ?? 0) === previous.seq) return;
      const written = await writeAuditCheckpoint(audit, keys, targets, previous);
      if (written.ok) {
        previous = written.checkpoint;
        return;
      }
      logger.error({ seq: head?.seq ?? 0 }, 'audit.checkpoint_refused');
      console.error(`Audit checkpoint refused: ${written.message}`);
      if (targets.mail && alerted !== written.message) {
        alerted = written.message;
        await targets.mail.mailer.send({
          to: [targets.mail.to],
          subject: 'OpenNRM audit checkpoint refused: the audit log does not verify',
          text: `OpenNRM did not sign a checkpoint because its audit log does not verify:\n\n${written.message}\n\nRun \`opennrm audit verify --checkpoint FILE\` with the checkpoints you kept.`,
        });
      }
    },
  };
}
