import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import {
  type AuditCheckpoint,
  type AuditKeys,
  type CheckpointsRead,
  formatAuditCheckpoint,
  readAuditCheckpoints,
} from '@opennrm/core';

/**
 * The checkpoints of a file, each signature checked with this installation's public key. A file
 * that does not exist yet holds none (the first `--append` creates it).
 */
export function readCheckpointFile(path: string, keys: AuditKeys): CheckpointsRead {
  if (!existsSync(path)) return { ok: true, checkpoints: [] };
  return readAuditCheckpoints(readFileSync(path, 'utf8'), keys.publicKeyPem);
}

/** The checkpoint that vouches for the most events. */
export function latestCheckpoint(checkpoints: readonly AuditCheckpoint[]): AuditCheckpoint | null {
  return checkpoints.reduce<AuditCheckpoint | null>((a, c) => (!a || c.seq > a.seq ? c : a), null);
}

/**
 * One line per checkpoint, appended (never rewritten): a file on another host or an append-only
 * store keeps every checkpoint ever made, and verification compares all of them.
 */
export function appendCheckpointLine(path: string, checkpoint: AuditCheckpoint): void {
  appendFileSync(path, `${formatAuditCheckpoint(checkpoint)}\n`, { mode: 0o644 });
}
