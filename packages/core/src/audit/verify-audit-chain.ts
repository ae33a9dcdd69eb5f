import type { AuditEvent } from '../model.ts';
import type { AuditStore } from '../ports.ts';
import type { AuditKeys } from './audit-keys.ts';
import { genesisHash, hashAuditEvent, macAuditEvent } from './hash-audit-event.ts';

export type ChainProblem =
  | { kind: 'altered'; seq: number; message: string }
  | { kind: 'inserted'; seq: number; message: string }
  | { kind: 'deleted'; seq: number; message: string };

export interface ChainReport {
  ok: boolean;
  checked: number;
  lastSeq: number;
  /** Hash of the last event that verified (what a checkpoint records). */
  lastHash: string;
  /** Events checked that carry the unkeyed hash of version 1 (written before the audit key). */
  unkeyed: number;
  problem: ChainProblem | null;
}

export interface VerifyChainOptions {
  /** Default: the keys the store chains with. */
  keys?: AuditKeys | null;
  batchSize?: number;
  /** Check from a checkpoint already verified: its event must still carry the hash it recorded. */
  from?: { seq: number; hash: string };
  /** Sees each event once it verified (checkpoints are compared this way, in the same walk). */
  onEvent?: (event: AuditEvent) => void;
}

type Link = Pick<AuditEvent, 'seq' | 'hash'>;

/**
 * Walks the chain in order and reports the first break. A gap in seq means a deleted event; an
 * event whose prevHash does not match its predecessor was inserted (or its predecessor deleted
 * and the chain re-linked); an event whose own hash does not match its content was altered. Once
 * one keyed event (version 2) was seen, an unkeyed one after it is a forgery: only someone
 * without the key would write it. What this cannot see alone (the newest events deleted, or a
 * whole chain rewritten unkeyed) is what checkpoints are for: verify-audit-checkpoints.ts.
 */
export async function verifyAuditChain(
  audit: AuditStore,
  options: VerifyChainOptions = {},
): Promise<ChainReport> {
  const keys = options.keys === undefined ? audit.keys : options.keys;
  const batchSize = options.batchSize ?? 5000;
  let prev: Link = { seq: 0, hash: genesisHash };
  let checked = 0;
  let unkeyed = 0;
  let keyed = false;
  const fail = (problem: ChainProblem): ChainReport => ({
    ok: false,
    checked,
    lastSeq: prev.seq,
    lastHash: prev.hash,
    unkeyed,
    problem,
  });
  if (options.from && options.from.seq > 0) {
    const { seq, hash } = options.from;
    const [anchor] = await audit.scan(seq - 1, 1);
    prev = { seq: seq - 1, hash: anchor?.prevHash ?? genesisHash };
    if (anchor?.seq !== seq) {
      return fail({
        kind: 'deleted',
        seq,
        message: `Event ${seq}, which a checkpoint vouches for, is missing.`,
      });
    }
    if (anchor.hash !== hash) {
      return fail({
        kind: 'altered',
        seq,
        message: `Event ${seq} no longer has the hash its checkpoint recorded.`,
      });
    }
  }
  for (;;) {
    const batch = await audit.scan(prev.seq, batchSize);
    if (batch.length === 0) break;
    for (const event of batch) {
      const problem = checkLink(prev, event, keys, keyed);
      if (problem) return fail(problem);
      if (event.hashVersion === 2) keyed = true;
      else unkeyed += 1;
      options.onEvent?.(event);
      prev = event;
      checked += 1;
    }
  }
  return { ok: true, checked, lastSeq: prev.seq, lastHash: prev.hash, unkeyed, problem: null };
}

function checkLink(
  prev: Link,
  event: AuditEvent,
  keys: AuditKeys | null,
  keyed: boolean,
): ChainProblem | null {
  const { seq } = event;
  if (seq !== prev.seq + 1) {
    return {
      kind: 'deleted',
      seq: prev.seq + 1,
      message: `Event ${prev.seq + 1} is missing: the chain jumps from ${prev.seq} to ${seq}.`,
    };
  }
  if (event.hashVersion === 2) {
    if (!keys) throw new Error(`The audit log is keyed (event ${seq}): verify it with the audit key.`);
    if (macAuditEvent(keys, seq, event.prevHash, event) !== event.hash) {
      return {
        kind: 'altered',
        seq,
        message: `Event ${seq} was altered or forged: its HMAC does not match its content under the audit key.`,
      };
    }
  } else if (event.hashVersion !== 1) {
    return { kind: 'altered', seq, message: `Event ${seq} was altered: its hash version is unknown.` };
  } else if (keyed) {
    return {
      kind: 'altered',
      seq,
      message: `Event ${seq} was altered or forged: it carries an unkeyed hash after keyed events, which only someone without the audit key would write.`,
    };
  } else if (hashAuditEvent(seq, event.prevHash, event) !== event.hash) {
    return {
      kind: 'altered',
      seq,
      message: `Event ${seq} was altered: its content no longer matches its hash.`,
    };
  }
  if (event.prevHash !== prev.hash) {
    return {
      kind: 'inserted',
      seq,
      message: `Event ${seq} does not follow event ${prev.seq}: an event was inserted or removed before it.`,
    };
  }
  return null;
}
