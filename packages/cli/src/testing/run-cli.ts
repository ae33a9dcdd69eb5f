import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliBundle } from './cli-bundle.ts';
import { sharedDemoTemplate } from './shared-demo-template.ts';

const root = new URL('../../../../', import.meta.url).pathname;
const bin = join(root, 'packages/cli/src/bin.ts');

/**
 * How the tests start `opennrm`: the bundled command line by default (cli-bundle.ts says why),
 * or exactly as `npm start` does (`node --import tsx`, one process: the tsx CLI would put the
 * server in a child process that a SIGKILL of the parent leaves running).
 */
export type CliLauncher = 'bundle' | 'tsx';

async function nodeArgs(launcher: CliLauncher): Promise<string[]> {
  return launcher === 'tsx' ? ['--import', 'tsx', bin] : [await cliBundle()];
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh data directory; the CLI on it uses the embedded database unless DATABASE_URL is set. */
export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'opennrm-cli-'));
}

let demoTemplate: Promise<string> | undefined;

/**
 * A data directory holding the demo country, as `opennrm demo` leaves it, copied for each caller
 * (a closed PGlite data directory is plain files). Loading the demo takes most of a CLI test's
 * time, so one template serves every test process of a run (shared-demo-template.ts).
 */
export async function demoDataDir(): Promise<string> {
  demoTemplate ??= (async () =>
    sharedDemoTemplate(
      async (dir) => {
        const loaded = await runCli(['demo'], { OPENNRM_DATA_DIR: dir });
        if (loaded.code !== 0) throw new Error(`opennrm demo failed: ${loaded.stderr}`);
      },
      readFileSync(await cliBundle()),
    ))();
  const copy = freshDataDir();
  cpSync(await demoTemplate, copy, { recursive: true });
  return copy;
}

function cliEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: '', PORT: '0', ...env };
}

/** Runs `opennrm ARGS` as a separate process, as an operator would. */
export async function runCli(
  args: string[],
  env: Record<string, string> = {},
  launcher: CliLauncher = 'bundle',
): Promise<CliResult> {
  const launch = await nodeArgs(launcher);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...launch, ...args], {
      cwd: root,
      env: cliEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface RunningCli {
  url: string;
  child: ChildProcess;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `opennrm serve` and resolves with its URL once it prints it. */
export async function startServe(
  env: Record<string, string>,
  launcher: CliLauncher = 'bundle',
): Promise<RunningCli> {
  const child = spawn(process.execPath, [...(await nodeArgs(launcher)), 'serve'], {
    cwd: root,
    env: cliEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = output.match(/Open (http:\/\/\S+) in your browser/)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url,
        child,
        output: () => output,
        stop: (signal = 'SIGTERM') =>
          new Promise((done) => {
            // A process killed by a signal has no exit code: it ended all the same.
            if (child.exitCode !== null || child.signalCode !== null) return done(child.exitCode);
            child.once('exit', (code) => done(code));
            child.kill(signal);
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${output}`));
    });
  });
}

/** Signs in over HTTP and returns headers for further requests. */
export async function signInOver(
  url: string,
  email: string,
  password: string,
): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const me = (await res.json()) as { csrfToken: string };
  return {
    cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '',
    'x-csrf-token': me.csrfToken,
    'content-type': 'application/json',
  };
}
