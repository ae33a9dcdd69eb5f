/**
 * The server CPU each fact of the annual report costs, as the national coordinator, over an
 * existing local PostgreSQL database: every SQL statement the fact's tables run (captured from
 * `buildAnnualReport(..., { forTable })`), run again REPS times (default 3) on one connection with
 * parallel workers off, so all its work is in that one backend, whose CPU time is read from
 * /proc (Linux, database on this machine, 10 ms ticks). Unlike a stopwatch it barely moves with
 * what else the machine runs. Run: `DATABASE_URL=... npx tsx bench/fact-cpu.ts [facts...]`
 * (default: every fact).
 */
import { readFileSync } from 'node:fs';
import { buildAnnualReport, type Organisation, tables } from '@opennrm/core';
import { actAs, createTestDeps } from '@opennrm/core/testing';
import { createStore, type Database } from '@opennrm/db';
import { CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL: the local database to measure the facts on');
const reps = Number(process.env.REPS ?? 3);
const captured: CompiledQuery[] = [];
const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, options: '-c DateStyle=ISO -c jit=off' });
const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
  log: (event) => {
    if (event.level === 'query' && event.query.sql.includes('grouping sets')) captured.push(event.query);
  },
});

/** User and system CPU of a process, in ms. */
function cpuOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const year = new Date().getUTCFullYear() - 1;
const deps = createTestDeps(createStore(db));
const coordinator = (await deps.store.organisations.list({})).find(
  (o) => o.type === 'coordinator',
) as Organisation;
const ctx = actAs(deps, coordinator, ['national_coordinator']);
const named = process.argv.slice(2);
const facts = named.length > 0 ? named : [...new Set(tables.map((t) => t.fact))];
let total = 0;
try {
  for (const fact of facts) {
    const table = tables.find((t) => t.fact === fact);
    if (!table) throw new Error(`No table of the fact ${fact}`);
    captured.length = 0;
    await buildAnnualReport(ctx, { year, forTable: table.key });
    const statements = [...captured];
    const used = await db.transaction().execute(async (trx) => {
      await trx.executeQuery(CompiledQuery.raw("set local work_mem = '64MB'"));
      await trx.executeQuery(CompiledQuery.raw('set local max_parallel_workers_per_gather = 0'));
      const pid = (
        await trx.executeQuery<{ pid: number }>(CompiledQuery.raw('select pg_backend_pid() as pid'))
      ).rows[0]!.pid;
      for (const statement of statements) await trx.executeQuery(statement); // warm
      const before = cpuOf(pid);
      for (let i = 0; i < reps; i++) for (const statement of statements) await trx.executeQuery(statement);
      return (cpuOf(pid) - before) / reps;
    });
    total += used;
    console.log(`${fact} ${statements.length} statement(s) ${Math.round(used)} ms CPU`);
  }
  console.log(`total ${Math.round(total)} ms CPU`);
} finally {
  await db.destroy();
}
