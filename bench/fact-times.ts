/**
 * The annual report one fact at a time: each named fact's tables alone (`forTable`), median of
 * three after a warm-up, as the national coordinator, over an existing database (e.g. one that
 * `opennrm demo --scale N` filled). Run: `DATABASE_URL=... npx tsx bench/fact-times.ts
 * person_services persons_assisted ...`. Finds which facts a slow report spends its time on.
 */
import { buildAnnualReport, type Organisation, tables } from '@opennrm/core';
import { actAs, createTestDeps } from '@opennrm/core/testing';
import { connect, createStore } from '@opennrm/db';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL: the database to time the facts on');
const year = new Date().getUTCFullYear() - 1;
const handle = await connect({ databaseUrl });
try {
  const deps = createTestDeps(createStore(handle.db));
  const coordinator = (await deps.store.organisations.list({})).find(
    (o) => o.type === 'coordinator',
  ) as Organisation;
  const ctx = actAs(deps, coordinator, ['national_coordinator']);
  for (const fact of process.argv.slice(2)) {
    const table = tables.find((t) => t.fact === fact);
    if (!table) throw new Error(`No table of the fact ${fact}`);
    await buildAnnualReport(ctx, { year, forTable: table.key });
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      await buildAnnualReport(ctx, { year, forTable: table.key });
      times.push(performance.now() - started);
    }
    console.log(`${fact} ${Math.round(times.sort((a, b) => a - b)[1]!)} ms`);
  }
} finally {
  await handle.close();
}
