import '@opennrm/db/testing';
import { connect } from '@opennrm/db';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import { handleError } from './error-response.ts';

const postgres = inject('opennrmTestDatabases')?.postgres ?? null;

/**
 * Issue 21, item 4, on a real PostgreSQL: a serving pool's limits shed load quickly with a 503
 * and Retry-After (a full pool, a statement past its time), and the reports' own pool being busy
 * leaves the requests' pool free.
 */
describe.skipIf(!postgres)('back-pressure on PostgreSQL', () => {
  const url = `${postgres?.url}/postgres`;
  const limits = { statementMs: 300, acquireMs: 300 };

  /** What a client sees when a route fails with `error`. */
  async function answerTo(error: unknown) {
    const app = new Hono();
    app.get('/', () => {
      throw error;
    });
    app.onError(handleError);
    const res = await app.request('/');
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
  }
  const busy = { status: 503, retryAfter: '2', body: { error: expect.objectContaining({ code: 'busy' }) } };

  it('a request that finds the pool full is answered 503 with Retry-After within the wait, not queued', async () => {
    const requests = await connect({ databaseUrl: url, poolSize: 1, limits });
    try {
      const error = await requests.db.connection().execute(async () => {
        const started = performance.now();
        const failed = await sql`select 1`.execute(requests.db).catch((e: unknown) => e);
        expect(performance.now() - started).toBeLessThan(2_000);
        return failed;
      });
      expect(await answerTo(error)).toEqual(busy);
    } finally {
      await requests.close();
    }
  });

  it('a statement past its time is cancelled by PostgreSQL and answered 503, the pool still serving', async () => {
    const requests = await connect({ databaseUrl: url, poolSize: 1, limits });
    try {
      const error = await sql`select pg_sleep(5)`.execute(requests.db).catch((e: unknown) => e);
      expect(await answerTo(error)).toEqual(busy);
      expect((await sql<{ one: number }>`select 1 as one`.execute(requests.db)).rows).toEqual([{ one: 1 }]);
    } finally {
      await requests.close();
    }
  });

  it('a slow report on the reports pool leaves the lists their connections', async () => {
    const requests = await connect({ databaseUrl: url, poolSize: 1, limits });
    const reports = await connect({
      databaseUrl: url,
      poolSize: 1,
      limits: { statementMs: 10_000, acquireMs: 10_000 },
    });
    try {
      const report = sql`select pg_sleep(1.5)`.execute(reports.db);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = performance.now();
      expect((await sql<{ one: number }>`select 1 as one`.execute(requests.db)).rows).toEqual([{ one: 1 }]);
      expect(performance.now() - started).toBeLessThan(1_000);
      await report;
    } finally {
      await reports.close();
      await requests.close();
    }
  });

  it('the reports pool runs its statements with the parallel workers it was given, the requests pool with the server default', async () => {
    const reports = await connect({
      databaseUrl: url,
      poolSize: 1,
      limits: { ...limits, parallelWorkers: 0 },
    });
    const requests = await connect({ databaseUrl: url, poolSize: 1, limits });
    try {
      const workersOf = async (db: typeof reports.db) =>
        (await sql<{ w: string }>`select current_setting('max_parallel_workers_per_gather') as w`.execute(db))
          .rows[0]?.w;
      expect(await workersOf(reports.db)).toBe('0');
      expect(await workersOf(requests.db)).toBe('2');
    } finally {
      await requests.close();
      await reports.close();
    }
  });

  it('anything else stays an internal error', async () => {
    expect((await answerTo(new Error('boom'))).status).toBe(500);
  });
});
