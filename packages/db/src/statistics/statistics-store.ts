import type {
  AggregateQuery,
  AggregateRow,
  DimensionKey,
  SourceDatasetSummary,
  StatisticsStore,
} from '@opennrm/core';
import { DomainError } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { visiblePersonIds } from '../stores/person-list-query.ts';
import { aggregateSql, bitsOf, factRows, periodIndex, whereDimensions } from './aggregate-sql.ts';
import type { FactSource } from './fact-source.ts';
import { factSourceOf } from './fact-sources.ts';

function sourceFor(query: AggregateQuery): FactSource {
  const source = factSourceOf(query.fact, query.source.kind);
  if (!source)
    throw new DomainError('not_found', `No statistic ${query.fact} for ${query.source.kind} data.`);
  return source;
}

export function createStatisticsStore(db: Kysely<Database>): StatisticsStore {
  return {
    async dataset(id) {
      // Only a completely loaded dataset (not one still loading or being replaced) is reported on.
      return db
        .selectFrom('source_datasets')
        .select(['id', 'name'])
        .where('id', '=', id)
        .where('status', '=', 'ready')
        .executeTakeFirst();
    },

    async datasets() {
      const rows = await db
        .selectFrom('source_datasets')
        .selectAll()
        .orderBy('imported_at', 'desc')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        format: row.format as SourceDatasetSummary['format'],
        fileName: row.file_name,
        rowCount: row.row_count,
        rejectedCount: row.rejected_count,
        attribution: row.attribution,
        importedAt: row.imported_at,
      }));
    },

    async aggregate(query) {
      const source = sourceFor(query);
      const used = [...new Set(query.groupings.flat())] as DimensionKey[];
      const masks = query.groupings.map((grouping) => bitsOf(used, grouping));
      const result = await aggregateSql(source, query).execute(db);
      return result.rows.map((row): AggregateRow => {
        const grouping = masks.indexOf(Number(row.bits));
        const values: Partial<Record<DimensionKey, string>> = {};
        for (const name of query.groupings[grouping] ?? []) values[name] = String(row[name]);
        const medians: Record<string, number | null> = {};
        const medianCounts: Record<string, number> = {};
        for (const name of query.medians) {
          const median = row[`median_${name}`];
          medians[name] = median === null || median === undefined ? null : Number(median);
          medianCounts[name] = Number(row[`n_${name}`] ?? 0);
        }
        return {
          period: Number(row.period),
          grouping,
          values,
          count: Number(row.count),
          medians,
          medianCounts,
        };
      });
    },

    async records(query, limit, visibility) {
      const source = sourceFor(query);
      if (source.source !== 'national') return { recordType: source.recordType, total: 0, records: [] };
      const found = (
        await sql<{ record_id: string; person_id: string; code: string; total: number }>`
        select f.record_id, f.person_id, pc.code, count(*) over ()::int as total
        from (select ${periodIndex(query)} as period, f.* from (${factRows(source, query)}) f) f
        join persons pc on pc.id = f.person_id
        where f.period = 0 and ${whereDimensions(query)}
        order by f.at desc, f.record_id
        limit ${limit}`.execute(db)
      ).rows;
      const visible = new Set(
        visibility
          ? await visiblePersonIds(db, [...new Set(found.map((row) => row.person_id))], visibility)
          : [],
      );
      return {
        recordType: source.recordType,
        total: found[0]?.total ?? 0,
        records: found.map((row) => ({
          id: row.record_id,
          personId: row.person_id,
          code: row.code,
          visible: visible.has(row.person_id),
        })),
      };
    },
  };
}
