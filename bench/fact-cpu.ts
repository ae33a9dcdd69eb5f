/**
 * The server CPU each fact of the annual report costs, as the national coordinator, over an
 * existing local PostgreSQL database: every SQL statement the fact's tables run (captured from
 * `buildAnnualReport(..., { forTable })`), run again REPS times (default 3) on one connection with
 * parallel workers off, so all its work is in that one backend, whose CPU time is read from
 * /proc (Linux, database on this machine, 10 ms ticks). Unlike a stopwatch it barely moves with
 * what else the machine runs. Run: `DATABASE_URL=... npx tsx bench/fact-cpu.ts [facts...]`
 * (default: every fact). `--smoke`: a tiny generated country on PGlite, one repetition, the CPU
 * of this process (PGlite runs in it); figures that mean nothing.
 */
import { readFileSync } from 'node:fs';
import { CompiledQuery } from 'kysely';
import { openFactBench } from './open-fact-bench.ts';
import { smoke } from './smoke.ts';

const reps = smoke ? 1 : Number(process.env.REPS ?? 3);

/** User and system CPU of a process, in ms. */
function cpuOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** This process's user and system CPU, in ms: where an embedded database does its work. */
function ownCpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const bench = await openFactBench('the local database to measure the facts on');
let total = 0;
try {
  for (const fact of bench.facts) {
    const statements = await bench.statementsOf(fact);
    const used = await bench.handle.db.transaction().execute(async (trx) => {
      await trx.executeQuery(CompiledQuery.raw("set local work_mem = '64MB'"));
      await trx.executeQuery(CompiledQuery.raw('set local max_parallel_workers_per_gather = 0'));
      const pid = (
        await trx.executeQuery<{ pid: number }>(CompiledQuery.raw('select pg_backend_pid() as pid'))
      ).rows[0]!.pid;
      const cpu = bench.handle.kind === 'pglite' ? ownCpu : () => cpuOf(pid);
      for (const statement of statements) await trx.executeQuery(statement); // warm
      const before = cpu();
      for (let i = 0; i < reps; i++) for (const statement of statements) await trx.executeQuery(statement);
      return (cpu() - before) / reps;
    });
    total += used;
    console.log(`${fact} ${statements.length} statement(s) ${Math.round(used)} ms CPU`);
  }
  console.log(`total ${Math.round(total)} ms CPU`);
} finally {
  await bench.close();
}
