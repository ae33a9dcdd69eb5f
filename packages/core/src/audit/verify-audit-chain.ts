import type { AuditEvent } from '../model.ts';
import type { AuditStore } from '../ports.ts';
import { genesisHash, hashAuditEvent } from './hash-audit-event.ts';

export type ChainProblem =
  | { kind: 'altered'; seq: number; message: string }
  | { kind: 'inserted'; seq: number; message: string }
  | { kind: 'deleted'; seq: number; message: string };

export interface ChainReport {
  ok: boolean;
  checked: number;
  lastSeq: number;
  problem: ChainProblem | null;
}

/**
 * Walks the chain in order and reports the first break. A gap in seq means a deleted event; an
 * event whose prevHash does not match its predecessor was inserted (or its predecessor deleted
 * and the chain re-linked); an event whose own hash does not match its content was altered.
 */
export async function verifyAuditChain(audit: AuditStore, batchSize = 5000): Promise<ChainReport> {
  let prev: Pick<AuditEvent, 'seq' | 'hash'> = { seq: 0, hash: genesisHash };
  let checked = 0;
  for (;;) {
    const batch = await audit.scan(prev.seq, batchSize);
    if (batch.length === 0) break;
    for (const event of batch) {
      const problem = checkLink(prev, event);
      if (problem) return { ok: false, checked, lastSeq: prev.seq, problem };
      prev = event;
      checked += 1;
    }
  }
  return { ok: true, checked, lastSeq: prev.seq, problem: null };
}

function checkLink(prev: Pick<AuditEvent, 'seq' | 'hash'>, event: AuditEvent): ChainProblem | null {
  if (event.seq !== prev.seq + 1) {
    return {
      kind: 'deleted',
      seq: prev.seq + 1,
      message: `Event ${prev.seq + 1} is missing: the chain jumps from ${prev.seq} to ${event.seq}.`,
    };
  }
  const expected = hashAuditEvent(event.seq, event.prevHash, event);
  if (expected !== event.hash) {
    return {
      kind: 'altered',
      seq: event.seq,
      message: `Event ${event.seq} was altered: its content no longer matches its hash.`,
    };
  }
  if (event.prevHash !== prev.hash) {
    return {
      kind: 'inserted',
      seq: event.seq,
      message: `Event ${event.seq} does not follow event ${prev.seq}: an event was inserted or removed before it.`,
    };
  }
  return null;
}
