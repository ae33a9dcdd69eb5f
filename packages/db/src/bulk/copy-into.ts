import { once } from 'node:events';
import type { PGlite } from '@electric-sql/pglite';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { toCsvLine } from './csv-line.ts';

export type RowSource = Iterable<readonly unknown[]> | AsyncIterable<readonly unknown[]>;

/** Writes many rows in the fastest way the backend has (COPY); returns how many were written. */
export type CopyInto = (table: string, columns: readonly string[], rows: RowSource) => Promise<number>;

const identifier = /^[a-z_][a-z0-9_]*$/;

function copyStatement(table: string, columns: readonly string[], target: string): string {
  for (const name of [table, ...columns]) {
    if (!identifier.test(name)) throw new Error(`COPY: not a plain identifier: ${name}`);
  }
  return `copy ${table} (${columns.join(', ')}) from ${target} with (format csv)`;
}

/**
 * PostgreSQL: one COPY FROM STDIN on a pooled client, streamed with back-pressure, so memory
 * stays flat however many rows come. Runs in its own transaction (COPY is atomic).
 */
export function copyIntoPostgres(pool: pg.Pool): CopyInto {
  return async (table, columns, rows) => {
    const client = await pool.connect();
    try {
      const stream = client.query(copyFrom(copyStatement(table, columns, 'stdin')));
      let count = 0;
      let chunk = '';
      for await (const row of rows) {
        chunk += toCsvLine(row);
        count++;
        if (chunk.length >= 256 * 1024) {
          if (!stream.write(chunk)) await once(stream, 'drain');
          chunk = '';
        }
      }
      const done = once(stream, 'finish');
      stream.end(chunk);
      await done;
      return count;
    } finally {
      client.release();
    }
  };
}

/**
 * PGlite: COPY FROM '/dev/blob' in batches (a blob is held in memory, so batches bound memory).
 * Each batch runs while holding a Kysely connection, i.e. our dialect's mutex, so no other
 * request's query interleaves with it. Batches commit one by one: callers that need all or
 * nothing wrap the whole import in their own bookkeeping (see the CTDC importer).
 */
export function copyIntoPglite(db: Kysely<unknown>, pglite: PGlite, batchBytes = 8 * 1024 * 1024): CopyInto {
  return async (table, columns, rows) => {
    const statement = copyStatement(table, columns, `'/dev/blob'`);
    let parts: string[] = [];
    let size = 0;
    let count = 0;
    const flush = async () => {
      if (parts.length === 0) return;
      const blob = new Blob(parts);
      parts = [];
      size = 0;
      await db.connection().execute(() => pglite.query(statement, [], { blob }));
    };
    for await (const row of rows) {
      const line = toCsvLine(row);
      parts.push(line);
      size += line.length;
      count++;
      if (size >= batchBytes) await flush();
    }
    await flush();
    return count;
  };
}
