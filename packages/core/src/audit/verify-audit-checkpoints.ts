import type { AuditStore } from '../ports.ts';
import type { AuditKeys } from './audit-keys.ts';
import type { AuditCheckpoint } from './sign-audit-checkpoint.ts';
import { type ChainProblem, type ChainReport, verifyAuditChain } from './verify-audit-chain.ts';

export type CheckpointProblem =
  | { kind: 'truncated'; seq: number; message: string }
  | { kind: 'rewritten'; seq: number; message: string };

export interface TrailReport {
  ok: boolean;
  chain: ChainReport;
  /** Checkpoints compared (all of them, when the chain verified). */
  checkpoints: number;
  /** The checkpoint that vouches for the most events. */
  latest: AuditCheckpoint | null;
  problem: ChainProblem | CheckpointProblem | null;
}

/**
 * The chain AND every checkpoint (signatures already checked by readAuditCheckpoints): each
 * event a checkpoint names must still carry the hash it recorded, and the log must reach the
 * highest checkpoint. In one walk, so a file of years of hourly checkpoints costs no extra reads.
 */
export async function verifyAuditTrail(
  audit: AuditStore,
  checkpoints: readonly AuditCheckpoint[],
  options: { keys?: AuditKeys | null; batchSize?: number } = {},
): Promise<TrailReport> {
  const bySeq = new Map<number, AuditCheckpoint[]>();
  for (const c of checkpoints) bySeq.set(c.seq, [...(bySeq.get(c.seq) ?? []), c]);
  // Held in an object: a `let` assigned only in the callback would be narrowed to null below.
  const found: { differs: CheckpointProblem | null } = { differs: null };
  const chain = await verifyAuditChain(audit, {
    ...options,
    onEvent: (event) => {
      const other = bySeq.get(event.seq)?.find((c) => c.hash !== event.hash);
      if (other && !found.differs) {
        found.differs = {
          kind: 'rewritten',
          seq: event.seq,
          message: `Event ${event.seq} is not the event the checkpoint of ${other.at} vouches for: the log up to it was rewritten and re-hashed.`,
        };
      }
    },
  });
  const latest = checkpoints.reduce<AuditCheckpoint | null>((a, c) => (!a || c.seq > a.seq ? c : a), null);
  const problem = found.differs ?? chain.problem ?? (latest ? truncation(chain, latest) : null);
  const compared = chain.ok ? checkpoints.length : checkpoints.filter((c) => c.seq <= chain.lastSeq).length;
  return { ok: problem === null, chain, checkpoints: compared, latest, problem };
}

function truncation(chain: ChainReport, latest: AuditCheckpoint): CheckpointProblem | null {
  if (chain.lastSeq >= latest.seq) return null;
  const missing = latest.seq - chain.lastSeq;
  const message =
    chain.lastSeq === 0
      ? `The audit log is empty, but the checkpoint of ${latest.at} vouches for ${latest.seq} events: all of them were deleted.`
      : `The audit log ends at event ${chain.lastSeq}, but the checkpoint of ${latest.at} vouches for events up to ${latest.seq}: the newest ${missing} events were deleted.`;
  return { kind: 'truncated', seq: chain.lastSeq + 1, message };
}
