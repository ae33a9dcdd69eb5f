import {
  type AuditCheckpoint,
  type AuditKeys,
  type AuditStore,
  formatAuditCheckpoint,
  type Mailer,
  makeAuditCheckpoint,
} from '@opennrm/core';
import { appendCheckpointLine, latestCheckpoint, readCheckpointFile } from './checkpoint-file.ts';

export interface CheckpointTargets {
  /** Append the checkpoint to this file. */
  file?: string | null;
  mail?: { mailer: Mailer; to: string } | null;
}

export type CheckpointWritten =
  | { ok: true; checkpoint: AuditCheckpoint; line: string }
  | { ok: false; message: string };

/**
 * Verifies the chain (from the newest checkpoint of the file, or `previous`, else from the
 * start), signs its head and sends the checkpoint to its targets. Refuses, with the reason, when
 * the chain or the file does not verify: appending would bless the tampering.
 */
export async function writeAuditCheckpoint(
  audit: AuditStore,
  keys: AuditKeys,
  targets: CheckpointTargets,
  previous: AuditCheckpoint | null = null,
): Promise<CheckpointWritten> {
  let from = previous;
  if (targets.file) {
    const read = readCheckpointFile(targets.file, keys);
    if (!read.ok) return { ok: false, message: `${read.message} (${targets.file})` };
    from = latestCheckpoint([...read.checkpoints, ...(from ? [from] : [])]);
  }
  const made = await makeAuditCheckpoint(audit, keys, new Date(), from);
  if (!made.ok)
    return { ok: false, message: made.report.problem?.message ?? 'The audit log does not verify.' };
  const line = formatAuditCheckpoint(made.checkpoint);
  if (targets.file) appendCheckpointLine(targets.file, made.checkpoint);
  if (targets.mail) await targets.mail.mailer.send(checkpointMail(targets.mail.to, made.checkpoint, line));
  return { ok: true, checkpoint: made.checkpoint, line };
}

function checkpointMail(to: string, checkpoint: AuditCheckpoint, line: string) {
  return {
    to: [to],
    subject: `OpenNRM audit checkpoint: ${checkpoint.seq} events (${checkpoint.at})`,
    text: [
      'OpenNRM signed this checkpoint of its audit log. Keep this message: with it, `opennrm audit',
      'verify --checkpoint FILE` notices events deleted, added or rewritten up to this point.',
      'Save the line below (one line, as it is) in a file to verify against it.',
      '',
      line,
      '',
      `Signed with the audit key ${checkpoint.keyId}; check the signature with the public key`,
      'from `opennrm audit public-key` (see docs/security/audit-trail.md).',
    ].join('\n'),
  };
}
