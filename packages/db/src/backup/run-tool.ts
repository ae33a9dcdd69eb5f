import { spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Runs pg_dump or pg_restore with its data through stdin/stdout, and fails with the tool's own
 * words when it exits with an error. The connection string goes by argument (no shell).
 */
export async function runTool(
  file: string,
  args: string[],
  streams: { stdin?: Readable; stdout?: Writable },
): Promise<void> {
  const child = spawn(file, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code));
  });
  const piping: Promise<unknown>[] = [];
  if (streams.stdin) piping.push(pipeline(streams.stdin, child.stdin));
  else child.stdin.end();
  if (streams.stdout) piping.push(pipeline(child.stdout, streams.stdout));
  else child.stdout.resume();
  const [code] = await Promise.all([exited, ...piping.map((p) => p.catch((e: Error) => e))]);
  if (code !== 0) {
    throw new Error(`${file.split('/').at(-1)} failed (exit ${code}): ${stderr.trim() || 'no message'}`);
  }
}
