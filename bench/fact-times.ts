/**
 * The annual report one fact at a time: each named fact's tables alone (`forTable`), median of
 * three after a warm-up, as the national coordinator, over an existing database (e.g. one that
 * `opennrm demo --scale N` filled). Run: `DATABASE_URL=... npx tsx bench/fact-times.ts
 * [facts...]` (default: every fact). Finds which facts a slow report spends its time on; unlike
 * fact-cpu.ts it times them as served (parallel workers as the server's default). `--smoke`: a
 * tiny generated country on PGlite, one timed run (bench/open-fact-bench.ts).
 */
import { buildAnnualReport, tables } from '@opennrm/core';
import { openFactBench } from './open-fact-bench.ts';
import { smoke } from './smoke.ts';

const runs = smoke ? 1 : 3;
const year = new Date().getUTCFullYear() - 1;
const bench = await openFactBench('the database to time the facts on');
try {
  for (const fact of bench.facts) {
    const table = tables.find((t) => t.fact === fact);
    if (!table) throw new Error(`No table of the fact ${fact}`);
    await buildAnnualReport(bench.ctx, { year, forTable: table.key });
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await buildAnnualReport(bench.ctx, { year, forTable: table.key });
      times.push(performance.now() - started);
    }
    console.log(`${fact} ${Math.round(times.sort((a, b) => a - b)[Math.floor(runs / 2)]!)} ms`);
  }
} finally {
  await bench.close();
}
