/**
 * CTDC import throughput and memory: `opennrm import ctdc`'s importer (hash, stream, csv-parse,
 * validate, map, COPY, publish) on a 1,000,000-row file made by repeating the CTDC fixture's rows,
 * against the simplest baseline: a raw COPY of the same rows, already mapped, into the same table.
 * Each measurement runs in a fresh process on a fresh database, so the peak RSS is its own; each
 * runs twice (import, copy, copy, import) and the best of each is reported.
 * Run: `npx tsx bench/ctdc-import.ts [rows]` (PostgreSQL 15 in a throwaway cluster, then PGlite);
 * `--smoke`: 2 000 rows on PGlite only, each measurement once.
 */
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Connection, connect, migrate } from '@opennrm/db';
import pg from 'pg';
import { startPostgresServer } from '../packages/db/src/testing/postgres-server.ts';
import { benchArgs, pgliteTemplate, sizeArg, smoke } from './smoke.ts';

const fixture = new URL('../../shared/data/ctdc-global-2020-subset.csv', import.meta.url).pathname;
const self = new URL(import.meta.url).pathname;

interface Figures {
  rows: number;
  seconds: number;
  maxRssMiB: number;
}

async function writeBigFile(path: string, rows: number): Promise<void> {
  const [header, ...lines] = readFileSync(fixture, 'utf8').trim().split('\n');
  const out = createWriteStream(path);
  let chunk = `${header}\n`;
  for (let i = 0; i < rows; i++) {
    chunk += `${lines[i % lines.length]}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  await new Promise<void>((done) => out.end(chunk, done));
}

function runWorker(mode: 'import' | 'copy', file: string, rows: number, target: string): Figures {
  const args = ['--import', 'tsx', self, 'worker', mode, file, String(rows), target];
  const output = execFileSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(output.trim().split('\n').at(-1) as string) as Figures;
}

async function main(): Promise<void> {
  const rows = sizeArg(0, 1_000_000, 2_000);
  const dir = mkdtempSync(join(tmpdir(), 'opennrm-bench-ctdc-'));
  const file = join(dir, 'ctdc-1m.csv');
  await writeBigFile(file, rows);
  const server = smoke ? null : await startPostgresServer();
  try {
    const admin = server ? new pg.Client({ connectionString: `${server.url}/postgres` }) : null;
    if (server && admin) {
      await admin.connect();
      await admin.query('create database bench_template');
      const template = await connect({ databaseUrl: `${server.url}/bench_template`, poolSize: 1 });
      await migrate(template.db);
      await template.close();
    }
    const results: [string, Figures, Figures][] = [];
    for (const backend of server ? ['PostgreSQL 15', 'PGlite'] : ['PGlite']) {
      // Each twice, in the order import, copy, copy, import, on fresh databases; best of each.
      const best: Record<'import' | 'copy', Figures | null> = { import: null, copy: null };
      const order = smoke ? (['import', 'copy'] as const) : (['import', 'copy', 'copy', 'import'] as const);
      for (const [run, mode] of order.entries()) {
        let target = join(dir, `pglite-${run}`);
        if (backend !== 'PGlite' && server && admin) {
          await admin.query(`create database bench_${run} template bench_template`);
          target = `${server.url}/bench_${run}`;
        }
        const figures = runWorker(mode, file, rows, target);
        if (!best[mode] || figures.seconds < (best[mode] as Figures).seconds) best[mode] = figures;
        if (backend === 'PGlite') rmSync(target, { recursive: true, force: true });
        else await admin?.query(`drop database bench_${run}`);
      }
      results.push([backend, best.import as Figures, best.copy as Figures]);
    }
    await admin?.end();
    console.log(
      `${rows.toLocaleString('en')} rows, ${(readFileSync(file).length / 2 ** 20).toFixed(0)} MiB of CSV`,
    );
    for (const [backend, imported, copied] of results) {
      const importRate = imported.rows / imported.seconds;
      const copyRate = copied.rows / copied.seconds;
      console.log(
        `${backend}: import ${Math.round(importRate).toLocaleString('en')} rows/s (${imported.seconds.toFixed(1)} s, peak RSS ${imported.maxRssMiB.toFixed(0)} MiB); ` +
          `raw COPY ${Math.round(copyRate).toLocaleString('en')} rows/s (${copied.seconds.toFixed(1)} s, peak RSS ${copied.maxRssMiB.toFixed(0)} MiB); ` +
          `ratio: import = ${(importRate / copyRate).toFixed(2)}x raw COPY's rate`,
      );
    }
  } finally {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One measurement in its own process: `worker import|copy <file> <rows> <postgres url | pglite dir>`. */
async function worker(mode: string, file: string, total: number, target: string): Promise<void> {
  const { importCtdcFile } = await import('../packages/cli/src/ctdc/import-ctdc-file.ts');
  const handle = await connect(
    target.startsWith('postgres') ? { databaseUrl: target } : { dataDir: target, ...pgliteTemplate() },
  );
  await migrate(handle.db);
  const copy = mode === 'copy' ? await prepareMappedRows(handle, total) : null;
  const t0 = performance.now();
  const rows = copy ? await copy() : (await importCtdcFile(handle, file, { importedBy: 'bench' })).rows;
  const seconds = (performance.now() - t0) / 1000;
  const maxRssMiB = process.resourceUsage().maxRSS / 1024;
  await handle.close();
  console.log(JSON.stringify({ rows, seconds, maxRssMiB }));
}

/** The baseline: the fixture's records mapped once (untimed), then a COPY of as many rows as the file has. */
async function prepareMappedRows(handle: Connection, total: number): Promise<() => Promise<number>> {
  const { openCtdcFile } = await import('../packages/cli/src/ctdc/open-ctdc-file.ts');
  const { ctdcRecordColumns, toCtdcRow } = await import('../packages/db/src/ctdc/ctdc-dataset-writes.ts');
  const id = crypto.randomUUID();
  const source = await openCtdcFile(fixture, { currentYear: 2026, onRowError: () => {} });
  const mapped: unknown[][] = [];
  for await (const record of source.records()) mapped.push(toCtdcRow(id, record));
  await handle.db
    .insertInto('source_datasets')
    .values({
      id,
      name: 'baseline',
      format: 'ctdc-global-k-anonymised',
      file_name: 'x',
      sha256: 'x',
      row_count: 0,
      rejected_count: 0,
      columns: '{}',
      attribution: 'x',
      imported_by: 'bench',
      imported_at: new Date(),
    })
    .execute();
  function* rows() {
    for (let i = 0; i < total; i++) {
      const row = mapped[i % mapped.length] as unknown[];
      row[1] = i + 2; // copyInto encodes each row as it receives it, so reusing the array is safe
      yield row;
    }
  }
  return () => handle.copyInto('ctdc_records', ctdcRecordColumns, rows());
}

const [command, mode, file, rows, target] = benchArgs;
if (command === 'worker') await worker(mode ?? '', file ?? '', Number(rows), target ?? '');
else await main();
