import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestDatabasesInfo } from '@opennrm/db/testing';
import { describe, expect, inject, it } from 'vitest';

/**
 * Every bench runs in smoke mode (tiny sizes, PGlite) as its own process, as someone measuring
 * would start it: a bench that no longer runs, or no longer prints its figures and its ratio to
 * the baseline, fails here. The figures themselves mean nothing at this size and are not checked.
 */
const root = fileURLToPath(new URL('..', import.meta.url));

interface BenchRun {
  code: number | null;
  output: string;
}

function runSmoke(file: string, signal: AbortSignal): Promise<BenchRun> {
  const databases: TestDatabasesInfo = inject('opennrmTestDatabases');
  const args = file.endsWith('.mjs') ? [file, '--smoke'] : ['--import', 'tsx', file, '--smoke'];
  const env = {
    ...process.env,
    BENCH_SMOKE: '1',
    // The embedded database, whatever the shell around the tests points at, started from the
    // int project's migrated template (bench/smoke.ts: pgliteTemplate) rather than a fresh initdb.
    DATABASE_URL: '',
    BENCH_DATABASE_URL: '',
    BENCH_PGLITE_TEMPLATE: databases.pgliteTemplate,
    // The throwaway PostgreSQL 15 server, for a bench that makes a database of its own (migrate-db).
    BENCH_POSTGRES_SERVER: databases.postgres?.url ?? '',
  };
  return new Promise((resolve, reject) => {
    // Its own process group, so that a timeout ends the bench with every server and worker it started.
    const child = spawn(process.execPath, args, {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    const stop = () => {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
      console.error(`${file} was stopped; its output so far:\n${output}`);
    };
    signal.addEventListener('abort', stop, { once: true });
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      signal.removeEventListener('abort', stop);
      resolve({ code, output });
    });
  });
}

/** A ratio is a finite number followed by "x" (NaN or Infinity would mean a broken measurement). */
const ratio = /ratio[^\n]*?\d+(\.\d+)?x/;

/** The diagnostic benches measure one thing of ours, with no baseline to print a ratio to. */
const withoutBaseline = new Set([
  'bench/fact-cpu.ts',
  'bench/fact-sql.ts',
  'bench/fact-times.ts',
  'bench/migrate-db.ts',
]);

const benches: [file: string, figures: RegExp[]][] = [
  ['bench/start-time.mjs', [/cold start[^\n]*:\s+\d+ ms, RSS \d+ MiB/, /bare node HTTP server:\s+\d+ ms/]],
  [
    'bench/http-throughput.ts',
    [/OpenNRM GET \/api\/organisations[^\n]*:\s+\d+ req\/s/, /bare node:http[^\n]*:\s+\d+ req\/s/],
  ],
  [
    'bench/read-path.ts',
    [
      /person page[^\n]*\n\s+OpenNRM:\s+\d+ req\/s, p50 [\d.]+ ms, p95 [\d.]+ ms, \d+ queries per request/,
      /referral list[^\n]*\n\s+OpenNRM:\s+\d+ req\/s, p50 [\d.]+ ms, p95 [\d.]+ ms, \d+ queries per request/,
      /bare node:http\+pg:\s+\d+ req\/s, p50 [\d.]+ ms, p95 [\d.]+ ms, \d+ queries per request/,
    ],
  ],
  [
    'bench/load.ts',
    [
      /OpenNRM over HTTP:\s+\d+ req\/s, p50 [\d.]+ ms, p95 [\d.]+ ms, p99 [\d.]+ ms, errors 0/,
      /bare node:http \+ pg, reads:\s+\d+ req\/s, p50 [\d.]+ ms, p95 [\d.]+ ms, p99 [\d.]+ ms, errors 0/,
    ],
  ],
  [
    'bench/audit-append.ts',
    [/chained append[^\n]*:\s+\d+ events\/s/, /plain INSERT[^\n]*:\s+\d+ events\/s/, /ok=true/],
  ],
  [
    'bench/annual-report.ts',
    [
      /engine \d+ ms internal, \d+ ms published; through the HTTP API \d+ ms internal, \d+ ms published[^;]*; hand-written SQL \d+ ms/,
    ],
  ],
  ['bench/ctdc-import.ts', [/PGlite: import [\d,]+ rows\/s[^\n]*raw COPY [\d,]+ rows\/s/]],
  [
    'bench/ctdc-open-data.ts',
    [
      /demo --scale [\d ]+: [\d ]+ records, k = 11/,
      /\| \*\*informative cells\*\* \| [\d ]+ \| [\d ]+ \| [\d ]+ \|/,
    ],
  ],
  [
    'bench/demo-scale.ts',
    [/pglite [\d ]+ persons[^\n]*persons\/s/, /pglite baseline: raw COPY of [\d ]+ person rows/],
  ],
  ['bench/fact-cpu.ts', [/^victims_identified \d+ statement\(s\) \d+ ms CPU$/m, /^total \d+ ms CPU$/m]],
  ['bench/fact-sql.ts', [/^-- victims_identified\n[^;]*group by grouping sets/m]],
  ['bench/fact-times.ts', [/^victims_identified \d+ ms$/m, /^hotline_contacts \d+ ms$/m]],
  ['bench/migrate-db.ts', [/version: \d+\s*\} \d+ ms/]],
  [
    'bench/web-first-load.ts',
    [
      /bare static HTML page[^\n]*: DOMContentLoaded \d+ ms, load \d+ ms, first contentful paint \d+ ms, usable \d+ ms/,
      /sign-in page: DOMContentLoaded \d+ ms, load \d+ ms, first contentful paint \d+ ms, usable \d+ ms/,
      /home page, signed in[^\n]*: DOMContentLoaded \d+ ms[^\n]*usable \d+ ms/,
    ],
  ],
];

describe.concurrent('benches in smoke mode', () => {
  for (const [file, figures] of benches) {
    // A few seconds to a minute each on a quiet machine; generous for a loaded CI runner.
    it(`${file} runs and prints its figures next to the baseline`, { timeout: 300_000 }, async ({
      signal,
    }) => {
      const run = await runSmoke(file, signal);
      expect(run.code, run.output).toBe(0);
      for (const figure of figures) expect(run.output).toMatch(figure);
      if (!withoutBaseline.has(file)) expect(run.output).toMatch(ratio);
    });
  }
});
