/**
 * Prints the SQL statements (parameters inlined) the annual report runs for each named fact, as
 * the national coordinator, for EXPLAIN (ANALYZE, BUFFERS) by hand:
 * `DATABASE_URL=... npx tsx bench/fact-sql.ts victims_identified > /tmp/vi.sql`.
 */
import { buildAnnualReport, type Organisation, tables } from '@opennrm/core';
import { actAs, createTestDeps } from '@opennrm/core/testing';
import { createStore, type Database } from '@opennrm/db';
import { type CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL: the database to read the settings from');
const captured: CompiledQuery[] = [];
const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, options: '-c jit=off' });
const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
  log: (event) => {
    if (event.level === 'query' && event.query.sql.includes('grouping sets')) captured.push(event.query);
  },
});

/** A parameter as an SQL literal (strings, numbers, dates, booleans, text arrays). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return `'${value.toISOString()}'`;
  if (Array.isArray(value)) return `array[${value.map(literal).join(', ')}]`;
  return `'${String(value).replaceAll("'", "''")}'`;
}

const year = new Date().getUTCFullYear() - 1;
const deps = createTestDeps(createStore(db));
const coordinator = (await deps.store.organisations.list({})).find(
  (o) => o.type === 'coordinator',
) as Organisation;
const ctx = actAs(deps, coordinator, ['national_coordinator']);
try {
  for (const fact of process.argv.slice(2)) {
    const table = tables.find((t) => t.fact === fact);
    if (!table) throw new Error(`No table of the fact ${fact}`);
    captured.length = 0;
    await buildAnnualReport(ctx, { year, forTable: table.key });
    for (const statement of captured) {
      const text = statement.sql.replace(/\$(\d+)/g, (_, n) => literal(statement.parameters[Number(n) - 1]));
      console.log(`-- ${fact}\n${text};\n`);
    }
  }
} finally {
  await db.destroy();
}
