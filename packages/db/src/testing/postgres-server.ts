import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const postgresBin = '/usr/lib/postgresql/15/bin';
export const postgresInstallHint = 'apt-get install -y --no-install-recommends postgresql';

export interface PostgresServer {
  /** Base URL without a database name, e.g. postgres://postgres@127.0.0.1:5433 */
  url: string;
  stop(): void;
}

export function postgresAvailable(): boolean {
  return existsSync(join(postgresBin, 'initdb')) && existsSync(join(postgresBin, 'pg_ctl'));
}

/**
 * Starts a throwaway PostgreSQL 15 in a temporary directory on a free port, tuned for tests
 * (no fsync). PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.
 */
export async function startPostgresServer(): Promise<PostgresServer> {
  const root = mkdtempSync(join(tmpdir(), 'opennrm-pg-'));
  const dataDir = join(root, 'data');
  const socketDir = join(root, 'sock');
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(postgresBin, command), ...args]]
      : [join(postgresBin, command), args];
    execFileSync(file, argv, { stdio: 'pipe' });
  };
  if (asRoot) {
    execFileSync('chmod', ['755', root]);
    execFileSync('install', ['-d', '-o', 'postgres', '-m', '700', dataDir, socketDir]);
  }
  const port = await freePort();
  try {
    run('initdb', [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
    const settings = [
      `-p ${port}`,
      `-k ${socketDir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=300',
    ].join(' ');
    run('pg_ctl', ['-D', dataDir, '-w', '-l', join(dataDir, 'server.log'), '-o', settings, 'start']);
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`Could not start the test PostgreSQL server: ${stderr || (error as Error).message}`);
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}`,
    stop() {
      try {
        run('pg_ctl', ['-D', dataDir, '-w', '-m', 'immediate', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
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
