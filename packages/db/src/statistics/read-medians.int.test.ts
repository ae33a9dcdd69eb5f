import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../testing/index.ts';
import { medianOf } from './read-medians.ts';

/**
 * The report takes its medians from distributions (value, how many) instead of letting
 * PostgreSQL sort every record; each must equal what percentile_cont(0.5) gives for the same
 * records, on both databases: odd and even counts, repeated values, fractions, negatives.
 */
describeEachBackend('medians from a distribution equal percentile_cont', (open) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database?.close());

  const postgresMedian = async (values: number[]) => {
    const { rows } = await sql<{ median: number | null; n: number }>`
      select percentile_cont(0.5) within group (order by v) as median, count(v)::int as n
      from unnest(${values}::float8[]) as t(v)`.execute(database.db);
    return { median: rows[0]?.median === null ? null : Number(rows[0]?.median), n: rows[0]?.n ?? 0 };
  };
  const distribution = (values: number[]) => {
    const counts = new Map<number, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    // In no particular order, as the database returns the groups.
    return [...counts].reverse();
  };

  it('for chosen cases', async () => {
    for (const values of [
      [],
      [4],
      [1, 2],
      [1, 2, 3, 10],
      [7, 7, 7, 8],
      [0, 0, 5, 5, 5, 9],
      [2.5, -1, 3.25],
    ]) {
      expect(medianOf(distribution(values))).toEqual(await postgresMedian(values));
    }
  });

  it('for any set of day counts or amounts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 60 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
          maxLength: 40,
        }),
        async (values) => {
          expect(medianOf(distribution(values))).toEqual(await postgresMedian(values));
        },
      ),
      { numRuns: 60 },
    );
  });
});
