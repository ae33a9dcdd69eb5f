/**
 * HTTP throughput of an authenticated list request (session lookup, policy, database query,
 * presenter, JSON) against the simplest baseline: a bare node:http server answering the same
 * bytes. The server is opened as `opennrm serve` opens it (openRuntime: migrations, keys, shipped
 * indicator lists), with the demo country loaded.
 * Run: `npx tsx bench/http-throughput.ts [requests] [concurrency]` (PGlite; DATABASE_URL for
 * PostgreSQL, a fresh database: keys are generated unless OPENNRM_DATA_KEY is set);
 * `--smoke` for a few requests.
 */

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemo } from '@opennrm/cli';
import { startServer } from '@opennrm/server';
import { openRuntime } from '../packages/cli/src/runtime/open-runtime.ts';
import { seedDataDir, sizeArg } from './smoke.ts';

const total = sizeArg(0, 3000, 40);
const concurrency = sizeArg(1, 16, 4);

async function hammer(url: string, headers: Record<string, string>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        const res = await fetch(url, { headers });
        if (res.status !== 200) throw new Error(`status ${res.status}`);
        await res.arrayBuffer();
      }
    }),
  );
  return total / ((performance.now() - started) / 1000);
}

const dataDir = mkdtempSync(join(tmpdir(), 'opennrm-bench-'));
process.env.OPENNRM_DATA_DIR = dataDir;
if (process.env.DATABASE_URL && !process.env.OPENNRM_DATA_KEY) {
  // A fresh bench database: keys of its own, as an operator would give them.
  for (const name of ['OPENNRM_DATA_KEY', 'OPENNRM_LOOKUP_KEY', 'OPENNRM_AUDIT_KEY'])
    process.env[name] = randomBytes(32).toString('base64');
}
if (!process.env.DATABASE_URL) await seedDataDir(dataDir);
const runtime = await openRuntime();
await loadDemo(runtime.deps);
const server = await startServer(runtime.deps, '127.0.0.1', 0);
const signIn = await fetch(`${server.url}/api/auth/sign-in`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'caseworker@demo.opennrm.org', password: 'OpenNRM-demo-2015' }),
});
if (signIn.status !== 200) throw new Error(`demo sign-in failed: ${signIn.status} ${await signIn.text()}`);
const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
const body = await (await fetch(`${server.url}/api/organisations`, { headers: { cookie } })).text();

const bare = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(body);
});
await new Promise<void>((done) => bare.listen(0, '127.0.0.1', done));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;

await hammer(`${server.url}/api/organisations`, { cookie }); // warm-up
await hammer(bareUrl, {});
const ours = await hammer(`${server.url}/api/organisations`, { cookie });
const baseline = await hammer(bareUrl, {});
console.log(
  `database: ${runtime.kind}; ${total} requests, concurrency ${concurrency}, ${body.length} bytes each`,
);
console.log(`OpenNRM GET /api/organisations (session + policy + query): ${ours.toFixed(0)} req/s`);
console.log(`bare node:http, same bytes:                              ${baseline.toFixed(0)} req/s`);
console.log(`ratio: ${(baseline / ours).toFixed(2)}x slower than the bare baseline`);

bare.close();
await server.close();
await runtime.close();
rmSync(dataDir, { recursive: true, force: true });
