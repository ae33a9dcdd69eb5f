import { createHash } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

/** What a backup file says about itself, in its first lines, before the database's bytes. */
export interface BackupManifest {
  format: 1;
  /** pglite: PGlite's data directory as a tarball; postgres: pg_dump's custom format. */
  kind: 'pglite' | 'postgres';
  createdAt: string;
  /** The last migration applied when the snapshot was taken. */
  schemaVersion: number;
  payloadBytes: number;
  payloadSha256: string;
  /** Rows of every table in the snapshot: what a restore must give back, table by table. */
  counts: Record<string, number>;
  /** The newest audit event of the snapshot: the restored chain must verify up to this hash. */
  audit: { lastSeq: number; lastHash: string | null };
}

const magic = 'OPENNRM-BACKUP 1';
const maxHeaderBytes = 1_048_576;

/** The header that precedes the payload: a magic line and the manifest as one line of JSON. */
export function encodeBackupHeader(manifest: BackupManifest): Buffer {
  return Buffer.from(`${magic}\n${JSON.stringify(manifest)}\n`, 'utf8');
}

export class BackupFileError extends Error {
  override name = 'BackupFileError';
}

/** Reads the header and says where the payload starts; refuses anything that is not a backup. */
export async function readBackupHeader(file: string): Promise<{ manifest: BackupManifest; offset: number }> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(maxHeaderBytes);
    const { bytesRead } = await handle.read(buffer, 0, maxHeaderBytes, 0);
    const head = buffer.subarray(0, bytesRead);
    const first = head.indexOf(10);
    const second = first < 0 ? -1 : head.indexOf(10, first + 1);
    if (first < 0 || second < 0 || head.subarray(0, first).toString('utf8') !== magic) {
      throw new BackupFileError(`${file} is not an OpenNRM backup (made by \`opennrm backup\`).`);
    }
    const manifest = JSON.parse(head.subarray(first + 1, second).toString('utf8')) as BackupManifest;
    if (manifest.format !== 1) throw new BackupFileError(`${file} is a backup of an unknown format.`);
    const size = (await handle.stat()).size;
    if (size - (second + 1) !== manifest.payloadBytes) {
      throw new BackupFileError(
        `${file} is truncated or has bytes added: ${size - (second + 1)} bytes of data, the backup recorded ${manifest.payloadBytes}.`,
      );
    }
    return { manifest, offset: second + 1 };
  } finally {
    await handle.close();
  }
}

/** The payload's bytes, as a stream (pg_restore reads it from its standard input). */
export function readBackupPayload(file: string, offset: number): ReadStream {
  return createReadStream(file, { start: offset });
}

/** SHA-256 of the payload, read once through before anything is restored. */
export async function hashBackupPayload(file: string, offset: number): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of readBackupPayload(file, offset)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
