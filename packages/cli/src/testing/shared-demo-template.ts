import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const waitLimitMs = 300_000;

/**
 * The demo country's data directory, built once for all the test processes that ask for it
 * (vitest runs each test file in its own process: each used to load the demo itself, half a
 * minute to a minute of CI each). Keyed by the code that builds it and by the day (the demo's
 * dates are relative to today), so a change of either builds a new one. One process builds
 * under a lock file holding its pid; the others wait; a lock left by a dead process is taken over.
 */
export async function sharedDemoTemplate(
  build: (dir: string) => Promise<void>,
  code: Buffer | string,
): Promise<string> {
  const day = new Date().toISOString().slice(0, 10);
  const key = createHash('sha256').update(code).update(day).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `opennrm-demo-template-${key}`);
  const complete = join(dir, '.complete');
  const lock = `${dir}.lock`;
  const deadline = Date.now() + waitLimitMs;
  while (!existsSync(complete)) {
    if (!takeLock(lock)) {
      if (Date.now() > deadline) throw new Error(`the demo template at ${dir} was not built in time`);
      await sleep(500);
      continue;
    }
    try {
      if (existsSync(complete)) break;
      const building = mkdtempSync(join(tmpdir(), 'opennrm-demo-building-'));
      await build(building);
      writeFileSync(join(building, '.complete'), day);
      rmSync(dir, { recursive: true, force: true });
      renameSync(building, dir);
    } finally {
      rmSync(lock, { force: true });
    }
  }
  return dir;
}

function takeLock(lock: string): boolean {
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    const holder = Number(readFileSync(lock, 'utf8'));
    // An empty lock is one being written this instant; a day-old empty one was left by a crash.
    const fresh = Date.now() - statSync(lock).mtimeMs < 10_000;
    if (holder ? isAlive(holder) : fresh) return false;
    rmSync(lock, { force: true }); // its builder died: the next try takes it
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
