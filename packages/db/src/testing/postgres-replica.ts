import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresBin } from './postgres-server.ts';

export interface PrimaryWithReplica {
  /** Connection strings of the `opennrm` database on each. */
  primaryUrl: string;
  replicaUrl: string;
  stop(): void;
}

/**
 * A throwaway PostgreSQL primary and a streaming replica made from it as an operator would
 * (`pg_basebackup -R`: a base backup that starts as a standby of its source). The database
 * `opennrm` is created on the primary before the copy, so both have it.
 */
export async function startPrimaryWithReplica(): Promise<PrimaryWithReplica> {
  const root = mkdtempSync(join(tmpdir(), 'opennrm-replica-'));
  const [primaryDir, replicaDir, socketDir] = ['primary', 'replica', 'sock'].map((d) => join(root, d)) as [
    string,
    string,
    string,
  ];
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(postgresBin, command), ...args]]
      : [join(postgresBin, command), args];
    execFileSync(file, argv, { stdio: 'pipe' });
  };
  if (asRoot) {
    execFileSync('chmod', ['755', root]);
    execFileSync('install', ['-d', '-o', 'postgres', '-m', '700', primaryDir, replicaDir, socketDir]);
  }
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const settings = (port: number) =>
    [`-p ${port}`, `-k ${socketDir}`, '-c listen_addresses=127.0.0.1', '-c fsync=off'].join(' ');
  const started: string[] = [];
  const stop = () => {
    for (const dir of started.reverse()) {
      try {
        run('pg_ctl', ['-D', dir, '-w', '-m', 'immediate', 'stop']);
      } catch {
        // already stopped
      }
    }
    rmSync(root, { recursive: true, force: true });
  };
  try {
    run('initdb', [
      '-D',
      primaryDir,
      '-U',
      'postgres',
      '--auth=trust',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
    run('pg_ctl', [
      '-D',
      primaryDir,
      '-w',
      '-l',
      join(primaryDir, 'server.log'),
      '-o',
      settings(primaryPort),
      'start',
    ]);
    started.push(primaryDir);
    run('psql', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-c',
      'create database opennrm',
    ]);
    run('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replicaDir,
      '-R',
      '-X',
      'stream',
      // Else pg_basebackup waits for a spread checkpoint: minutes on an idle server.
      '--checkpoint=fast',
    ]);
    run('pg_ctl', [
      '-D',
      replicaDir,
      '-w',
      '-l',
      join(replicaDir, 'server.log'),
      '-o',
      settings(replicaPort),
      'start',
    ]);
    started.push(replicaDir);
  } catch (error) {
    stop();
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`Could not start the primary and replica: ${stderr || (error as Error).message}`);
  }
  return {
    primaryUrl: `postgres://postgres@127.0.0.1:${primaryPort}/opennrm`,
    replicaUrl: `postgres://postgres@127.0.0.1:${replicaPort}/opennrm`,
    stop,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
