import type { AuditKeys } from './audit-keys.ts';

/**
 * A signed statement "the audit log held events 1..seq, the last with this hash, at this time".
 * Kept outside the database (a file on another host, e-mail), it lets verification notice what
 * the chain alone cannot: the newest events deleted, everything deleted, a rewritten chain.
 */
export interface AuditCheckpoint {
  /** The last event vouched for; 0 when the log was empty. */
  seq: number;
  /** That event's hash (the genesis hash for an empty log). */
  hash: string;
  /** When the checkpoint was made (ISO 8601, UTC). */
  at: string;
  /** Which audit key signed it (see AuditKeys.keyId). */
  keyId: string;
  /** Ed25519 over checkpointMessage(), base64. */
  signature: string;
}

export const auditCheckpointFormat = 'opennrm-audit-checkpoint/1';

/**
 * The exact text signed: plain, so an outside verifier can rebuild it with printf and check it
 * with `openssl pkeyutl -verify -rawin` and the public key, without our code.
 */
export function checkpointMessage(checkpoint: Pick<AuditCheckpoint, 'seq' | 'hash' | 'at'>): string {
  return `${auditCheckpointFormat} seq=${checkpoint.seq} hash=${checkpoint.hash} at=${checkpoint.at}`;
}

export function signAuditCheckpoint(
  keys: AuditKeys,
  head: { seq: number; hash: string },
  at: Date,
): AuditCheckpoint {
  const unsigned = { seq: head.seq, hash: head.hash, at: at.toISOString() };
  return { ...unsigned, keyId: keys.keyId, signature: keys.signCheckpoint(checkpointMessage(unsigned)) };
}

/** One line of JSON (no newline), the form checkpoint files and e-mails carry. */
export function formatAuditCheckpoint(checkpoint: AuditCheckpoint): string {
  const { seq, hash, at, keyId, signature } = checkpoint;
  return JSON.stringify({ format: auditCheckpointFormat, seq, hash, at, keyId, signature });
}
