#!/usr/bin/env node
// Start time and memory of `npm start`'s server process: cold (empty data directory: create the
// embedded database, migrate, load the demo) and warm (reopen). Baseline: a bare `node -e` that
// only starts an HTTP server, in the same run. Run: `node bench/start-time.mjs`; `--smoke` (or
// BENCH_SMOKE=1, as bench/smoke.ts) warms once instead of three times.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const smoke = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';
const warmRuns = smoke ? 1 : 3;

function start(args, env, ready) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let seen = false;
    const onData = (d) => {
      out += d;
      // Once: output after the ready line (a late log line) must not measure again.
      if (seen || !ready.test(out)) return;
      seen = true;
      const ms = performance.now() - t0;
      setTimeout(() => {
        const status = child.exitCode === null ? readFileSync(`/proc/${child.pid}/status`, 'utf8') : '';
        const resident = status.match(/VmRSS:\s+(\d+)/); // none once the process has exited
        if (!resident) return reject(new Error(`exited early: ${out}`));
        const rss = Number(resident[1]) / 1024;
        child.once('exit', () => resolve({ ms, rss }));
        child.kill('SIGTERM');
      }, 1000); // settle, then read resident memory
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      if (code !== 0 && code !== null) reject(new Error(`exit ${code}: ${out}`));
    });
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'opennrm-start-'));
const env = { OPENNRM_DATA_DIR: dataDir, PORT: '0', DATABASE_URL: '' };
const serve = ['--import', 'tsx', 'packages/cli/src/bin.ts', 'serve'];
const cold = await start(serve, env, /in your browser/);
const warm = [];
for (let i = 0; i < warmRuns; i += 1) warm.push(await start(serve, env, /in your browser/));
const bare = await start(
  ['-e', "require('http').createServer((q,s)=>s.end('ok')).listen(0,()=>console.log('listening'))"],
  {},
  /listening/,
);
rmSync(dataDir, { recursive: true, force: true });

const best = warm.reduce((a, b) => (a.ms < b.ms ? a : b));
console.log(
  `cold start (new embedded database, migrate, demo data): ${cold.ms.toFixed(0)} ms, RSS ${cold.rss.toFixed(0)} MiB`,
);
console.log(
  `warm start (reopen), best of ${warmRuns}:                         ${best.ms.toFixed(0)} ms, RSS ${best.rss.toFixed(0)} MiB`,
);
console.log(
  `bare node HTTP server:                                  ${bare.ms.toFixed(0)} ms, RSS ${bare.rss.toFixed(0)} MiB`,
);
console.log(
  `ratio warm/bare: ${(best.ms / bare.ms).toFixed(1)}x time, ${(best.rss / bare.rss).toFixed(1)}x memory`,
);
