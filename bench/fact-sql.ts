/**
 * Prints the SQL statements (parameters inlined) the annual report runs for each named fact
 * (default: every fact), as the national coordinator, for EXPLAIN (ANALYZE, BUFFERS) by hand:
 * `DATABASE_URL=... npx tsx bench/fact-sql.ts victims_identified > /tmp/vi.sql`.
 * `--smoke`: a tiny generated country on PGlite (bench/open-fact-bench.ts).
 */
import { openFactBench } from './open-fact-bench.ts';

/** A parameter as an SQL literal (strings, numbers, dates, booleans, text arrays). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return `'${value.toISOString()}'`;
  if (Array.isArray(value)) return `array[${value.map(literal).join(', ')}]`;
  return `'${String(value).replaceAll("'", "''")}'`;
}

const bench = await openFactBench('the database to read the settings from');
try {
  for (const fact of bench.facts) {
    for (const statement of await bench.statementsOf(fact)) {
      const text = statement.sql.replace(/\$(\d+)/g, (_, n) => literal(statement.parameters[Number(n) - 1]));
      console.log(`-- ${fact}\n${text};\n`);
    }
  }
} finally {
  await bench.close();
}
