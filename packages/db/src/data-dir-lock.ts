import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

/**
 * Takes `<dataDir>/opennrm.lock` for this process. PGlite would corrupt its files if two
 * processes opened them at once, and would not notice. A lock left by a process that no longer
 * exists (crash, SIGKILL, power loss) is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const path = join(dataDir, 'opennrm.lock');
  // Two rounds: the second runs after removing a stale lock, and loses cleanly if another
  // process took the lock in between.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      return { path, release: () => releaseIfOurs(path) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(path);
    if (holder === null && isFresh(path)) {
      // Empty or unreadable and just created: another process is between creating and writing it.
      throw new Error(`The data directory ${dataDir} is being opened by another process; try again.`);
    }
    if (holder !== null && isAlive(holder)) {
      throw new Error(
        `The data directory ${dataDir} is in use by process ${holder}; stop it or set OPENNRM_DATA_DIR to another directory.`,
      );
    }
    rmSync(path, { force: true });
  }
  throw new Error(`Could not lock the data directory ${dataDir}: another process keeps taking the lock.`);
}

function readHolder(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isFresh(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs < 5_000;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfOurs(path: string): void {
  if (readHolder(path) === process.pid) rmSync(path, { force: true });
}
