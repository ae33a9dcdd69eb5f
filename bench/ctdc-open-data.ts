/**
 * How much the CTDC open-data export keeps: greedy local suppression (the export's method until
 * December 2026) against the partition anonymiser with generalisation (its method since), at the
 * same k, on (1) the records of the `demo --scale N` country (default 3 000 persons, identified
 * victims, all years), exactly as `opennrm export ctdc` reads them, and (2) real records: the CTDC
 * 2020 Global Dataset subset in ../shared/data/ (its 7 columns mapped to format B).
 * Run: `npx tsx bench/ctdc-open-data.ts [persons] [k]`; `--smoke`: 200 persons, 2 000 real rows.
 * Prints, per column, the cells that say something (not empty, not withheld), the distinct
 * combinations published, the smallest group (must be >= k) and the records dropped.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CtdcSyntheticRow,
  ctdcSyntheticColumns,
  kAnonymise,
  kAnonymiseByPartition,
  mapToCtdcSyntheticRow,
  measureOpenData,
  readIdentificationSettings,
} from '@opennrm/core';
import { ctdcFixtureAsFormatB } from '@opennrm/core/testing';
import { connect, createStore, migrate } from '@opennrm/db';
import { generateScaleCountry } from '../packages/cli/src/demo/scale/index.ts';
import { pgliteTemplate, sizeArg, smoke } from './smoke.ts';

const persons = sizeArg(0, 3000, 200);
const k = sizeArg(1, 11, 11);
const fmt = (n: number) => Math.round(n).toLocaleString('en').replaceAll(',', ' ');

function compare(label: string, input: readonly CtdcSyntheticRow[]): void {
  const t0 = performance.now();
  const greedy = measureOpenData(input, kAnonymise(input, k).rows);
  const t1 = performance.now();
  const partition = measureOpenData(input, kAnonymiseByPartition(input, k).rows);
  const t2 = performance.now();
  console.log(`\n${label}: ${fmt(input.length)} records, k = ${k}`);
  console.log('| column | before | greedy | partition |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const c of ctdcSyntheticColumns)
    console.log(
      `| ${c} | ${fmt(partition.inputCells[c])} | ${fmt(greedy.cells[c])} | ${fmt(partition.cells[c])} |`,
    );
  const row = (name: string, a: number | string, b: number | string, c: number | string) =>
    console.log(`| **${name}** | ${a} | ${b} | ${c} |`);
  row('informative cells', fmt(partition.inputTotal), fmt(greedy.total), fmt(partition.total));
  row('withheld cells (`*`)', 0, 0, fmt(partition.withheld));
  row(
    'distinct combinations',
    fmt(partition.inputCombinations),
    fmt(greedy.combinations),
    fmt(partition.combinations),
  );
  row('smallest group', fmt(partition.inputSmallest), fmt(greedy.smallest), fmt(partition.smallest));
  row('records published', fmt(input.length), fmt(greedy.records), fmt(partition.records));
  row('seconds', '', ((t1 - t0) / 1000).toFixed(2), ((t2 - t1) / 1000).toFixed(2));
  console.log(
    `ratio to greedy suppression: ${(partition.total / Math.max(1, greedy.total)).toFixed(2)}x informative cells`,
  );
  if (greedy.smallest < k || partition.smallest < k) throw new Error('k-anonymity broken');
}

const dir = mkdtempSync(join(tmpdir(), 'opennrm-bench-ctdc-'));
const handle = await connect({ dataDir: dir, ...pgliteTemplate() });
try {
  await migrate(handle.db);
  await generateScaleCountry({ ...handle, kind: 'pglite' }, { persons });
  const store = createStore(handle.db);
  const { countryCode } = await readIdentificationSettings(store);
  const records = await store.ctdcExport.rows({ fromYear: null, toYear: null, includePresumed: false });
  compare(
    `demo --scale ${fmt(persons)}`,
    records.map((r) => mapToCtdcSyntheticRow(r, countryCode)),
  );
} finally {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
}
const fixture = join(import.meta.dirname, '../../shared/data/ctdc-global-2020-subset.csv');
if (existsSync(fixture)) {
  const real = ctdcFixtureAsFormatB(readFileSync(fixture, 'utf8'));
  compare('CTDC Global Dataset 2020 subset (real records)', smoke ? real.slice(0, 2000) : real);
} else console.log(`\n(no ${fixture}: real records skipped)`);
