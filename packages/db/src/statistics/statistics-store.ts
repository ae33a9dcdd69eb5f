import type { AggregateQuery, AggregateRow, DimensionKey, StatisticsStore } from '@opennrm/core';
import { DomainError } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { visiblePersonIds } from '../stores/person-list-query.ts';
import { bitsOf, countsAndMediansSql, countsSql, filteredRows } from './aggregate-sql.ts';
import type { FactSource } from './fact-source.ts';
import { factSourceOf } from './fact-sources.ts';
import { readMedians } from './read-medians.ts';

/**
 * A report's aggregation sorts and hashes a year or two of records: with PostgreSQL's default
 * 4 MB it spills to disk. More memory for these statements only (SET LOCAL ends with the
 * transaction), not for every query of the application.
 */
async function withReportMemory<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
  onTimed?: (ms: number) => void,
  source?: FactSource,
): Promise<T> {
  const timed = async (trx: Kysely<Database>) => {
    // Timed once the connection is held: the wait for one is the pool's, not the fact's cost.
    const started = performance.now();
    try {
      return await work(trx);
    } finally {
      onTimed?.(performance.now() - started);
    }
  };
  if (db.isTransaction) return timed(db);
  return db.transaction().execute(async (trx) => {
    await sql`set local work_mem = '64MB'`.execute(trx);
    if (source?.hashGroups) await sql`set local enable_sort = off`.execute(trx);
    return timed(trx);
  });
}

/** Database rows of one grouping-sets query as AggregateRows (GROUPING() bits say which set). */
function rowsOf(
  groupings: readonly (readonly DimensionKey[])[],
  rows: readonly Record<string, unknown>[],
  durations: readonly string[],
  sums: readonly string[] = [],
): AggregateRow[] {
  const used = [...new Set(groupings.flat())] as DimensionKey[];
  const masks = groupings.map((grouping) => bitsOf(used, grouping));
  return rows.map((row): AggregateRow => {
    const grouping = masks.indexOf(Number(row.bits));
    const values: Partial<Record<DimensionKey, string>> = {};
    for (const name of groupings[grouping] ?? []) values[name] = String(row[name]);
    const medians: Record<string, number | null> = {};
    const medianCounts: Record<string, number> = {};
    for (const name of durations) {
      const median = row[`median_${name}`];
      medians[name] = median === null || median === undefined ? null : Number(median);
      medianCounts[name] = Number(row[`n_${name}`] ?? 0);
    }
    const base = {
      period: Number(row.period),
      grouping,
      values,
      count: Number(row.count),
      medians,
      medianCounts,
    };
    if (sums.length === 0) return base;
    const totals: Record<string, number | null> = {};
    const sumCounts: Record<string, number> = {};
    for (const name of sums) {
      const total = row[`sum_${name}`];
      totals[name] = total === null || total === undefined ? null : Number(total);
      sumCounts[name] = Number(row[`sn_${name}`] ?? 0);
    }
    return { ...base, sums: totals, sumCounts };
  });
}

function sourceFor(query: AggregateQuery): FactSource {
  const source = factSourceOf(query.fact, query.source.kind);
  if (!source)
    throw new DomainError('not_found', `No statistic ${query.fact} for ${query.source.kind} data.`);
  return source;
}

/**
 * The report's reads. On a streaming replica (OPENNRM_REPLICA_URL) they leave the primary to the
 * front-line work, and `freshness` says how far behind the replica is: nothing when it has
 * replayed all it received, else the time since the last transaction it replayed.
 */
export function createStatisticsStore(
  db: Kysely<Database>,
  options: { replica?: boolean; separateCostly?: boolean } = {},
): StatisticsStore {
  const store: StatisticsStore = {
    ...(options.replica
      ? {
          async freshness() {
            const { rows } = await sql<{ standby: boolean; lag: number | null }>`
              select pg_is_in_recovery() as standby,
                case when not pg_is_in_recovery() then 0
                     when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
                     else extract(epoch from now() - pg_last_xact_replay_timestamp())::float8 end as lag`.execute(
              db,
            );
            const row = rows[0];
            return { replica: Boolean(row?.standby), lagSeconds: row?.lag == null ? null : Number(row.lag) };
          },
        }
      : {}),
    async aggregate(query) {
      const source = sourceFor(query);
      // With parallel workers, groupings that need a costly dimension (a correlated subquery,
      // which PostgreSQL will not run in a worker) run as their own query at the same time, and
      // the others then use the workers. Without them (the default, and PGlite) that second
      // query only reads the same rows again: on two busy cores, 140 ms of CPU for the hotline
      // at a million persons. So by default one query computes every grouping.
      const costly = (grouping: readonly DimensionKey[]) => grouping.some((d) => source.costly?.includes(d));
      if (options.separateCostly && query.groupings.some(costly) && query.groupings.some((g) => !costly(g))) {
        const apart = query.groupings.filter(costly);
        const [rest, separate] = await Promise.all([
          store.aggregate({ ...query, groupings: query.groupings.filter((g) => !costly(g)) }),
          store.aggregate({ ...query, groupings: apart, medians: [], medianGroupings: [] }),
        ]);
        return [...rest, ...separate];
      }
      const medianGroupings = query.medianGroupings ?? query.groupings;
      if (query.medians.length === 0) {
        const rows = await withReportMemory(
          db,
          async (trx) => (await countsSql(source, query).execute(trx)).rows,
          query.onTimed,
          source,
        );
        return rowsOf(query.groupings, rows, [], query.sums);
      }
      const rows = await withReportMemory(
        db,
        async (trx) => (await countsAndMediansSql(source, query, medianGroupings).execute(trx)).rows,
        query.onTimed,
        source,
      );
      const counted = rowsOf(
        query.groupings,
        rows.filter((row) => Number(row.part) === 0),
        [],
        query.sums,
      );
      const withMedians = rowsOf(
        medianGroupings,
        readMedians(
          rows.filter((row) => Number(row.part) > 0),
          query.medians,
          [...new Set(query.groupings.flat())],
        ),
        query.medians,
      );
      // Attach each median to the count row of the same figure (same period and values).
      const keyOf = (row: AggregateRow) =>
        `${row.period}|${JSON.stringify(Object.entries(row.values).sort())}`;
      const byKey = new Map(withMedians.map((row) => [keyOf(row), row]));
      return counted.map((row) => {
        const found = byKey.get(keyOf(row));
        return found ? { ...row, medians: found.medians, medianCounts: found.medianCounts } : row;
      });
    },

    async records(query, limit, visibility) {
      const source = sourceFor(query);
      if (source.source !== 'national') return { recordType: source.recordType, total: 0, records: [] };
      const found = (
        await sql<{ record_id: string; person_id: string | null; code: string | null; total: number }>`
        select f.record_id, f.person_id, pc.code, count(*) over ()::int as total
        from (${filteredRows(source, query)}) f
        left join persons pc on pc.id = f.person_id
        order by f.at desc, f.record_id
        limit ${limit}`.execute(db)
      ).rows;
      const visible = new Set(
        visibility
          ? await visiblePersonIds(db, [...new Set(found.flatMap((row) => row.person_id ?? []))], visibility)
          : [],
      );
      return {
        recordType: source.recordType,
        total: found[0]?.total ?? 0,
        // A record about no person (a criminal case, an activity) is counted, never named.
        records: found.map((row) => ({
          id: row.record_id,
          personId: row.person_id ?? '',
          code: row.code ?? '',
          visible: row.person_id !== null && visible.has(row.person_id),
        })),
      };
    },
  };
  return store;
}
