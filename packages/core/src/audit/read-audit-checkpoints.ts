import { verifyCheckpointSignature } from './audit-keys.ts';
import { type AuditCheckpoint, auditCheckpointFormat, checkpointMessage } from './sign-audit-checkpoint.ts';

export type CheckpointsRead =
  | { ok: true; checkpoints: AuditCheckpoint[] }
  | { ok: false; line: number; message: string };

/**
 * Parses a checkpoint file (one JSON line each; blank lines and lines starting with # are
 * skipped) and checks every signature with the public key. A line that does not parse or is not
 * signed with this key fails the whole file: a checkpoint file someone edited is itself a
 * finding, and trusting the rest of it would let them choose what verification compares against.
 */
export function readAuditCheckpoints(text: string, publicKeyPem: string): CheckpointsRead {
  const checkpoints: AuditCheckpoint[] = [];
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const checkpoint = parseCheckpoint(line);
    const where = `Checkpoint on line ${index + 1}`;
    if (!checkpoint) return { ok: false, line: index + 1, message: `${where} is not a checkpoint.` };
    if (!verifyCheckpointSignature(publicKeyPem, checkpointMessage(checkpoint), checkpoint.signature)) {
      return {
        ok: false,
        line: index + 1,
        message: `${where} (event ${checkpoint.seq}, ${checkpoint.at}) is not signed with this installation's audit key: it was forged or altered.`,
      };
    }
    checkpoints.push(checkpoint);
  }
  return { ok: true, checkpoints };
}

function parseCheckpoint(line: string): AuditCheckpoint | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const valid =
    v.format === auditCheckpointFormat &&
    Number.isSafeInteger(v.seq) &&
    (v.seq as number) >= 0 &&
    typeof v.hash === 'string' &&
    /^[0-9a-f]{64}$/.test(v.hash) &&
    typeof v.at === 'string' &&
    !Number.isNaN(Date.parse(v.at)) &&
    typeof v.keyId === 'string' &&
    typeof v.signature === 'string';
  if (!valid) return null;
  return {
    seq: v.seq as number,
    hash: v.hash as string,
    at: v.at as string,
    keyId: v.keyId as string,
    signature: v.signature as string,
  };
}
