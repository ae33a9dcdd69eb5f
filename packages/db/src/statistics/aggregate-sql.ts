import { type AggregateQuery, type DimensionKey, DomainError } from '@opennrm/core';
import { type RawBuilder, sql } from 'kysely';
import type { FactSource } from './fact-source.ts';

/** Dimension and duration names are checked against the fact before they reach SQL text. */
function column(name: string): RawBuilder<unknown> {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`Not a column name: ${name}`);
  return sql.ref(`f.${name}`);
}

export function factRows(source: FactSource, query: AggregateQuery): RawBuilder<unknown> {
  for (const name of [...query.groupings.flat(), ...Object.keys(query.where ?? {})]) {
    if (!source.dimensions[name as DimensionKey]) {
      throw new DomainError('validation_failed', `The statistic ${source.fact} has no dimension ${name}.`);
    }
  }
  for (const name of query.medians) {
    if (!source.durations.includes(name)) throw new DomainError('validation_failed', `No duration ${name}.`);
  }
  const from = query.periods.map((p) => p.from).sort()[0]!;
  const to = query.periods
    .map((p) => p.to)
    .sort()
    .at(-1)!;
  return source.rows({
    from,
    to,
    scope: query.scope,
    countryCode: query.countryCode,
    asOf: query.asOf,
    ...(query.source.datasetId ? { datasetId: query.source.datasetId } : {}),
  });
}

/** Which requested period a row's `at` falls in (null: in the overall range but in none of them). */
export function periodIndex(query: AggregateQuery): RawBuilder<unknown> {
  const branches = query.periods.map(
    (p, i) => sql`when f.at >= (${p.from}::date)::timestamp at time zone 'UTC'
      and f.at < (${p.to}::date)::timestamp at time zone 'UTC' then ${sql.lit(i)}`,
  );
  return sql`case ${sql.join(branches, sql` `)} end`;
}

export function whereDimensions(query: AggregateQuery): RawBuilder<boolean> {
  const entries = Object.entries(query.where ?? {}).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return sql<boolean>`true`;
  return sql<boolean>`${sql.join(
    entries.map(([name, value]) => sql`${column(name)} = ${value}`),
    sql` and `,
  )}`;
}

/**
 * One pass over the fact: GROUP BY GROUPING SETS, one set per requested grouping, each with the
 * period. GROUPING() tells which set a row belongs to.
 */
export function aggregateSql(source: FactSource, query: AggregateQuery): RawBuilder<Record<string, unknown>> {
  const used = [...new Set(query.groupings.flat())];
  const dims = used.map((name) => column(name));
  const sets = query.groupings.map(
    (grouping) =>
      sql`(period${sql.join(
        grouping.map((name) => sql`, ${column(name)}`),
        sql``,
      )})`,
  );
  const medians = query.medians.map(
    (
      name,
    ) => sql`, percentile_cont(0.5) within group (order by ${column(name)}) as ${sql.ref(`median_${name}`)},
      count(${column(name)})::int as ${sql.ref(`n_${name}`)}`,
  );
  const groupingBits = used.length > 0 ? sql`grouping(${sql.join(dims)})` : sql`0`;
  return sql<Record<string, unknown>>`select f.period, ${groupingBits} as bits,
      ${used.length > 0 ? sql`${sql.join(dims)},` : sql``} count(*)::int as count ${sql.join(medians, sql``)}
    from (select ${periodIndex(query)} as period, f.* from (${factRows(source, query)}) f) f
    where f.period is not null and ${whereDimensions(query)}
    group by grouping sets (${sql.join(sets)})`;
}

/** The GROUPING() bit mask of a grouping: a bit is 1 for every used dimension NOT in the set. */
export function bitsOf(used: readonly DimensionKey[], grouping: readonly DimensionKey[]): number {
  let bits = 0;
  used.forEach((name, index) => {
    if (!grouping.includes(name)) bits |= 1 << (used.length - 1 - index);
  });
  return bits;
}
