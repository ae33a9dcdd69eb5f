#!/usr/bin/env node
// `npm test`: type-check, lint, build the web app (browser tests use it), then every vitest
// project. Ends with one plain "N passed, N failed, N skipped" line and lists what was skipped
// for want of PostgreSQL or Chromium, with how to install it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);

function step(title, cmd, args, env = {}) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(
    `--- ${title}: ${r.status === 0 ? 'ok' : `FAILED (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return r.status === 0;
}

const extra = process.argv.slice(2);
let ok = true;
if (extra.length === 0) {
  ok = step('type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) && ok;
  ok = step('lint and format', bin('biome'), ['check', '.']) && ok;
  ok =
    step('build web app', bin('vite'), [
      'build',
      '--config',
      'packages/web/vite.config.ts',
      '--logLevel',
      'warn',
    ]) && ok;
}
const report = join(tmp, 'vitest-report.json');
const skipFile = join(tmp, 'skipped-suites.txt');
rmSync(report, { force: true });
rmSync(skipFile, { force: true });
const testsOk = step(
  'tests',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
  {
    OPENNRM_SKIP_FILE: skipFile,
  },
);
ok = testsOk && ok;

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests;
  skipped = r.numPendingTests + r.numTodoTests;
}
if (existsSync(skipFile)) {
  const lines = [...new Set(readFileSync(skipFile, 'utf8').split('\n').filter(Boolean))];
  console.log('\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!');
  console.log('SKIPPED SUITES (set OPENNRM_REQUIRE_ALL=1 to make this an error):');
  for (const line of lines) console.log(`  - ${line}`);
  console.log('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!');
}
if (!ok && failed === 0) failed = 1; // a failed step counts even if no test did
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
