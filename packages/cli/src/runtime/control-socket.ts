import { chmodSync, createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { type BackupManifest, type Connection, pgliteBackupBytes, readBackupHeader } from '@opennrm/db';

/**
 * The embedded database is open in one process only (the serving one holds the data directory's
 * lock), so `opennrm backup` asks that process for the snapshot through a Unix socket in the data
 * directory. The socket is the operator's own (mode 0600, like the data files beside it): whoever
 * may use it may read the database files already.
 */
export function controlSocketPath(dataDir: string): string {
  return join(dataDir, 'opennrm.sock');
}

/** In `opennrm serve` on the embedded database: answers `backup` with a whole backup file. */
export async function startControlSocket(
  connection: Connection,
  dataDir: string,
): Promise<{ close(): Promise<void> }> {
  const path = controlSocketPath(dataDir);
  // A socket file left by a killed server; we hold the data directory's lock, so it is stale.
  rmSync(path, { force: true });
  const server: Server = createServer((socket) => {
    socket.once('data', (chunk) => {
      if (chunk.toString('utf8').trim() !== 'backup') {
        socket.end('error unknown request\n');
        return;
      }
      pgliteBackupBytes(connection).then(
        ({ bytes }) => {
          socket.write('ok\n');
          socket.end(bytes);
        },
        (error: Error) => socket.end(`error ${error.message.replaceAll('\n', ' ')}\n`),
      );
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  return {
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        rmSync(path, { force: true });
      }),
  };
}

/**
 * Asks a running server for a backup and writes it to `out`; null when no server answers (the
 * caller then opens the data directory itself, which also keeps a server from starting meanwhile).
 */
export async function requestBackupFromServer(dataDir: string, out: string): Promise<BackupManifest | null> {
  const path = controlSocketPath(dataDir);
  if (!existsSync(path)) return null;
  const socket = createConnection(path);
  const connected = await new Promise<boolean>((resolve) => {
    socket.once('connect', () => resolve(true));
    socket.once('error', () => resolve(false));
  });
  if (!connected) return null;
  socket.write('backup\n');
  const partial = `${out}.partial`;
  try {
    const status = await readStatusLine(socket);
    if (status !== 'ok')
      throw new Error(`The running server could not take the backup: ${status.replace(/^error /, '')}`);
    await pipeline(socket, createWriteStream(partial, { mode: 0o600 }));
    await readBackupHeader(partial);
    renameSync(partial, out);
    return (await readBackupHeader(out)).manifest;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Reads up to the first newline and puts the rest back for the payload. */
function readStatusLine(socket: ReturnType<typeof createConnection>): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      seen = Buffer.concat([seen, chunk]);
      const end = seen.indexOf(10);
      if (end < 0) return;
      socket.off('data', onData);
      socket.pause();
      const rest = seen.subarray(end + 1);
      if (rest.length > 0) socket.unshift(rest);
      resolve(seen.subarray(0, end).toString('utf8'));
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.once('end', () =>
      resolve(seen.toString('utf8').trim() || 'error the server closed the connection'),
    );
  });
}
