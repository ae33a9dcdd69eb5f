import type { AuditCheckpoint, AuditKeys, AuditStore } from '@opennrm/core';
import { type CheckpointTargets, writeAuditCheckpoint } from './write-audit-checkpoint.ts';

/**
 * `opennrm serve`'s schedule: a checkpoint at start, then every `intervalMs` when the log grew.
 * Each run verifies only the events since the previous checkpoint. A refusal (the log no longer
 * verifies) is logged every time and mailed once to the checkpoint address: whoever tampered
 * with the database should not be the only one to know.
 */
export function startAuditCheckpoints(
  audit: AuditStore,
  keys: AuditKeys,
  targets: CheckpointTargets,
  intervalMs: number,
) {
  let previous: AuditCheckpoint | null = null;
  let alerted: string | null = null;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      // A quiet night should not fill the file or the mailbox with the same checkpoint.
      const [head] = await audit.list({ limit: 1 });
      if (previous && (head?.seq ?? 0) === previous.seq) return;
      const written = await writeAuditCheckpoint(audit, keys, targets, previous);
      if (written.ok) {
        previous = written.checkpoint;
        return;
      }
      console.error(`Audit checkpoint refused: ${written.message}`);
      if (targets.mail && alerted !== written.message) {
        alerted = written.message;
        await targets.mail.mailer.send({
          to: [targets.mail.to],
          subject: 'OpenNRM audit checkpoint refused: the audit log does not verify',
          text: `OpenNRM did not sign a checkpoint because its audit log does not verify:\n\n${written.message}\n\nRun \`opennrm audit verify --checkpoint FILE\` with the checkpoints you kept.`,
        });
      }
    } catch (error) {
      console.error('Audit checkpoint failed; will retry:', (error as Error).message);
    } finally {
      running = false;
    }
  };
  const started = run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return { started, stop: () => clearInterval(timer), runNow: run };
}
