/**
 * `opennrm demo --scale N` at national size: generates N persons (and their screenings,
 * decisions, exploitation, consents, referrals) on a throwaway PostgreSQL 15 and on PGlite, next
 * to the simplest baseline: a raw COPY of N ready-made person rows into the same, empty table.
 * Run: `npx tsx bench/demo-scale.ts [sizes] [backends] [triggers]`, e.g.
 * `npx tsx bench/demo-scale.ts 100000,1000000 postgres,pglite` (defaults), triggers `bypass|run`;
 * `--smoke`: 200 persons on PGlite.
 * Other benches build a 1M-person database with generateScaleCountry (packages/cli/src/demo/scale).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Connection, connect, migrate } from '@opennrm/db';
import pg from 'pg';
import { generateScaleCountry } from '../packages/cli/src/demo/scale/index.ts';
import { personRows } from '../packages/cli/src/demo/scale/scale-rows.ts';
import { startPostgresServer } from '../packages/db/src/testing/postgres-server.ts';
import { benchArgs, pgliteTemplate, smoke } from './smoke.ts';

const sizes = (benchArgs[0] ?? (smoke ? '200' : '100000,1000000')).split(',').map(Number);
const backends = (benchArgs[1] ?? (smoke ? 'pglite' : 'postgres,pglite')).split(',');
const triggers = (benchArgs[2] ?? 'bypass') as 'bypass' | 'run';
const server = backends.includes('postgres') ? await startPostgresServer() : null;
const fmt = (n: number) => Math.round(n).toLocaleString('en').replaceAll(',', ' ');

async function open(backend: string, name: string): Promise<{ handle: Connection; drop(): Promise<void> }> {
  if (backend === 'postgres' && server) {
    const admin = new pg.Client({ connectionString: `${server.url}/postgres` });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    return {
      handle: await connect({ databaseUrl: `${server.url}/${name}`, poolSize: 4 }),
      drop: async () => {},
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'opennrm-bench-scale-'));
  return {
    handle: await connect({ dataDir: dir, ...pgliteTemplate() }),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function measure(backend: string, persons: number): Promise<void> {
  const { handle, drop } = await open(backend, `scale_${persons}`);
  await migrate(handle.db);
  const t0 = performance.now();
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 200);
  let shown = 0;
  const summary = await generateScaleCountry(handle, {
    persons,
    triggers,
    onProgress: (n) => {
      // PGlite's COPY batches can keep timers from firing for minutes: sample here too.
      peak = Math.max(peak, process.memoryUsage().rss);
      if (n - shown < 100_000 && n < persons) return;
      shown = n;
      console.error(
        `  ${backend}: ${fmt(n)} persons after ${((performance.now() - t0) / 1000).toFixed(0)} s`,
      );
    },
  });
  clearInterval(sampler);
  const rows = Object.entries(summary).filter(([k]) => k !== 'seed' && k !== 'seconds');
  const total = rows.reduce((sum, [, n]) => sum + n, 0);
  console.log(
    `${backend} ${fmt(persons)} persons (triggers ${triggers}): ${summary.seconds.toFixed(1)} s, ` +
      `${fmt(persons / summary.seconds)} persons/s, ${fmt(total)} rows (${fmt(total / summary.seconds)} rows/s), ` +
      `peak RSS ${fmt(peak / 2 ** 20)} MiB; ${rows.map(([k, n]) => `${k} ${fmt(n)}`).join(', ')}`,
  );
  // Baseline: the same number of person rows, rendered before the clock starts (a 1 000-row
  // pattern with fresh ids and codes), into the same table of a fresh database.
  const base = await open(backend, `baseline_${persons}`);
  await migrate(base.handle.db);
  const pattern = await samplePersonRows(handle);
  const owner = pattern[0]?.[2];
  const b0 = performance.now();
  await base.handle.db
    .insertInto('organisations')
    .values({
      id: owner as string,
      name: 'x',
      type: 'ngo',
      region: null,
      parent_id: null,
      active: true,
      address_sealed: null,
      created_at: new Date(),
      updated_at: new Date(),
    })
    .execute();
  const copied = await base.handle.copyInto('persons', personRows.columns, baselineRows(pattern, persons));
  const seconds = (performance.now() - b0) / 1000;
  console.log(
    `${backend} baseline: raw COPY of ${fmt(copied)} person rows: ${seconds.toFixed(1)} s, ${fmt(copied / seconds)} rows/s`,
  );
  console.log(
    `${backend} ratio: ${(summary.seconds / seconds).toFixed(1)}x the baseline's time (all six tables vs the person rows alone)`,
  );
  await base.handle.close();
  await base.drop();
  await handle.close();
  await drop();
}

async function samplePersonRows(handle: Connection): Promise<unknown[][]> {
  const rows = await handle.db
    .selectFrom('persons')
    .select(personRows.columns as never[])
    .limit(1000)
    .execute();
  const owner = (rows[0] as Record<string, unknown>).organisation_id;
  return rows.map((r) =>
    personRows.columns.map((c) => (c === 'organisation_id' ? owner : (r as Record<string, unknown>)[c])),
  );
}

function* baselineRows(pattern: unknown[][], count: number): Generator<unknown[]> {
  for (let i = 0; i < count; i++) {
    const row = [...(pattern[i % pattern.length] as unknown[])];
    row[0] = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    row[1] = `BASE-${i}`;
    yield row;
  }
}

try {
  for (const backend of backends) for (const persons of sizes) await measure(backend, persons);
} finally {
  server?.stop();
}
