import type { AuditStore } from '../ports.ts';
import type { AuditKeys } from './audit-keys.ts';
import { type AuditCheckpoint, signAuditCheckpoint } from './sign-audit-checkpoint.ts';
import { type ChainReport, verifyAuditChain } from './verify-audit-chain.ts';

export type CheckpointMade =
  | { ok: true; checkpoint: AuditCheckpoint; report: ChainReport }
  | { ok: false; report: ChainReport };

/**
 * Signs the head of the chain, only after verifying the chain up to it: a checkpoint must never
 * vouch for a log that was already tampered with. From the previous checkpoint when there is one
 * (it vouched for everything before it), so a periodic checkpoint reads only the new events.
 */
export async function makeAuditCheckpoint(
  audit: AuditStore,
  keys: AuditKeys,
  at: Date,
  previous: Pick<AuditCheckpoint, 'seq' | 'hash'> | null = null,
): Promise<CheckpointMade> {
  const report = await verifyAuditChain(audit, { keys, ...(previous ? { from: previous } : {}) });
  if (!report.ok) return { ok: false, report };
  return {
    ok: true,
    checkpoint: signAuditCheckpoint(keys, { seq: report.lastSeq, hash: report.lastHash }, at),
    report,
  };
}
