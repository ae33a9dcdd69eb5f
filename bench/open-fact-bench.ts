/**
 * What bench/fact-sql.ts and bench/fact-cpu.ts share: a database with a country in it, the
 * national coordinator's context over it, and the SQL statements the annual report runs for one
 * fact (captured from `buildAnnualReport(..., { forTable })`: those with `grouping sets`, the
 * fact's own queries, not the settings and suppression look-ups around them).
 * DATABASE_URL names an existing database; in smoke mode (bench/smoke.ts) a throwaway in-memory
 * PGlite from the int tests' migrated template with a tiny generated country instead.
 */
import { buildAnnualReport, type Ctx, type Organisation, tables } from '@opennrm/core';
import { actAs, createTestDeps } from '@opennrm/core/testing';
import { type Connection, connect, createStore, migrate } from '@opennrm/db';
import { type CompiledQuery, type KyselyPlugin, PostgresQueryCompiler } from 'kysely';
import { generateScaleCountry } from '../packages/cli/src/demo/scale/index.ts';
import { benchArgs, pgliteTemplate, smoke } from './smoke.ts';

export interface FactBench {
  handle: Connection;
  ctx: Ctx;
  /** The facts named on the command line, else every fact of the report. */
  facts: string[];
  /** The fact's statements, as the report ran them just now. */
  statementsOf(fact: string): Promise<CompiledQuery[]>;
  close(): Promise<void>;
}

/** `purpose` says, when DATABASE_URL is missing, what the database is for. */
export async function openFactBench(purpose: string): Promise<FactBench> {
  const handle = await openDatabase(purpose);
  const captured: CompiledQuery[] = [];
  const compiler = new PostgresQueryCompiler();
  // A plugin sees every query the store sends, whichever backend; compiled as the driver will.
  const capture: KyselyPlugin = {
    transformQuery: ({ node, queryId }) => {
      const query = compiler.compileQuery(node, queryId);
      // The fact's statements, and the planner setting a fact asks for (FactSource.hashGroups).
      if (query.sql.includes('grouping sets') || query.sql.startsWith('set local enable_sort'))
        captured.push(query);
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  const deps = createTestDeps(createStore(handle.db.withPlugin(capture)));
  const coordinator = (await deps.store.organisations.list({})).find(
    (o) => o.type === 'coordinator',
  ) as Organisation;
  const ctx = actAs(deps, coordinator, ['national_coordinator']);
  const year = new Date().getUTCFullYear() - 1;
  return {
    handle,
    ctx,
    facts: benchArgs.length > 0 ? [...benchArgs] : [...new Set(tables.map((t) => t.fact))],
    async statementsOf(fact) {
      const table = tables.find((t) => t.fact === fact);
      if (!table) throw new Error(`No table of the fact ${fact}`);
      captured.length = 0;
      await buildAnnualReport(ctx, { year, forTable: table.key });
      return [...captured];
    },
    close: () => handle.close(),
  };
}

async function openDatabase(purpose: string): Promise<Connection> {
  if (smoke) {
    const handle = await connect({ memory: true, ...pgliteTemplate() });
    await migrate(handle.db); // nothing to do when started from the template
    await generateScaleCountry(handle, { persons: 50 });
    return handle;
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error(`DATABASE_URL: ${purpose}`);
  return connect({ databaseUrl, poolSize: 4 });
}
