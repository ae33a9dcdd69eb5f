import { type AggregateQuery, type DimensionKey, DomainError } from '@opennrm/core';
import { type RawBuilder, sql } from 'kysely';
import type { FactSource } from './fact-source.ts';

/** Dimension and duration names are checked against the fact before they reach SQL text. */
function column(name: string, alias = 'f'): RawBuilder<unknown> {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`Not a column name: ${name}`);
  return sql.ref(`${alias}.${name}`);
}

function factRows(source: FactSource, query: AggregateQuery): RawBuilder<unknown> {
  for (const name of [...query.groupings.flat(), ...Object.keys(query.where ?? {})]) {
    if (!source.dimensions[name as DimensionKey]) {
      throw new DomainError('validation_failed', `The statistic ${source.fact} has no dimension ${name}.`);
    }
  }
  for (const name of [...query.medians, ...(query.sums ?? [])]) {
    if (!source.durations.includes(name))
      throw new DomainError('validation_failed', `No numeric value ${name}.`);
  }
  const from = query.periods.map((p) => p.from).sort()[0]!;
  const to = query.periods
    .map((p) => p.to)
    .sort()
    .at(-1)!;
  return source.rows({
    from,
    to,
    periods: query.periods,
    timeZone: query.timeZone,
    scope: query.scope,
    countryCode: query.countryCode,
    asOf: query.asOf,
    ...(query.source.datasetId ? { datasetId: query.source.datasetId } : {}),
    ...(query.sentenceBands ? { sentenceBands: query.sentenceBands } : {}),
  });
}

/**
 * Which requested period a row's `at` falls in (null: in the overall range but in none of them).
 * A row with its local `day` compares that with the periods' days: `at` is the first instant of
 * `day`, and local days begin in the same order as the days, so the answer is the same.
 */
function periodIndex(source: FactSource, query: AggregateQuery): RawBuilder<unknown> {
  if (source.day) {
    const days = query.periods.map(
      (p, i) => sql`when f.day >= ${p.from}::date and f.day < ${p.to}::date then ${sql.lit(i)}`,
    );
    return sql`case ${sql.join(days, sql` `)} end`;
  }
  const branches = query.periods.map(
    (p, i) => sql`when f.at >= (${p.from}::date)::timestamp at time zone ${query.timeZone}
      and f.at < (${p.to}::date)::timestamp at time zone ${query.timeZone} then ${sql.lit(i)}`,
  );
  return sql`case ${sql.join(branches, sql` `)} end`;
}

function whereDimensions(query: AggregateQuery): RawBuilder<boolean> {
  const entries = Object.entries(query.where ?? {}).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return sql<boolean>`true`;
  return sql<boolean>`${sql.join(
    entries.map(([name, value]) => sql`${column(name)} = ${value}`),
    sql` and `,
  )}`;
}

function setsOf(groupings: readonly (readonly DimensionKey[])[], alias: string): RawBuilder<unknown> {
  return sql.join(
    groupings.map(
      (grouping) =>
        sql`(${sql.ref(`${alias}.period`)}${sql.join(
          grouping.map((name) => sql`, ${column(name, alias)}`),
          sql``,
        )})`,
    ),
  );
}

function bitsSql(used: readonly string[], alias: string): RawBuilder<unknown> {
  return used.length > 0 ? sql`grouping(${sql.join(used.map((name) => column(name, alias)))})` : sql`0`;
}

/** The fact's rows of the requested periods, with their period index and the drill-down filter applied. */
export function filteredRows(source: FactSource, query: AggregateQuery): RawBuilder<unknown> {
  return sql`select * from (select ${periodIndex(source, query)} as period, f.* from (${factRows(source, query)}) f) f
    where f.period is not null and ${whereDimensions(query)}`;
}

/**
 * Counts: the rows are first collapsed to one per distinct combination of the dimensions (a hash
 * aggregate over the raw rows, one pass), and the GROUPING SETS (cells, row and column totals,
 * total of every table) then run over those few thousand combinations instead of sorting the
 * raw rows once per set. Exact: a count is the sum of the counts of its combinations, and so is
 * a sum (with the records that have the value, its n). `values` are further columns the
 * combinations are told apart by (the medians' values, see countsAndMediansSql).
 */
function combinationsSelect(
  query: AggregateQuery,
  rows: RawBuilder<unknown>,
  values: readonly string[] = [],
) {
  const keys = [...new Set(query.groupings.flat()), ...values].map((name) => column(name, 'f'));
  const innerSums = (query.sums ?? []).map(
    (name) => sql`, sum(${column(name, 'f')})::float8 as ${sql.ref(`s_${name}`)},
      count(${column(name, 'f')}) as ${sql.ref(`c_${name}`)}`,
  );
  return sql`select f.period, ${listed(keys, sql``, sql`,`)} count(*) as n ${sql.join(innerSums, sql``)}
          from ${rows} group by f.period${listed(keys, sql`, `)}`;
}

const listed = (columns: RawBuilder<unknown>[], before = sql``, after = sql``) =>
  columns.length > 0 ? sql`${before}${sql.join(columns)}${after}` : sql``;

/** The GROUPING SETS over combinations aliased `g`; `extra` adds columns (the medians' placeholders). */
function countsOfCombinations(query: AggregateQuery, combinations: RawBuilder<unknown>, extra = sql``) {
  const used = [...new Set(query.groupings.flat())];
  const outerSums = (query.sums ?? []).map(
    (name) => sql`, sum(${sql.ref(`g.s_${name}`)})::float8 as ${sql.ref(`sum_${name}`)},
      sum(${sql.ref(`g.c_${name}`)})::int as ${sql.ref(`sn_${name}`)}`,
  );
  return sql`select g.period, ${bitsSql(used, 'g')} as bits,
      ${listed(
        used.map((name) => column(name, 'g')),
        sql``,
        sql`,`,
      )} sum(g.n)::int as count ${sql.join(outerSums, sql``)} ${extra}
    from ${combinations}
    group by grouping sets (${setsOf(query.groupings, 'g')})`;
}

export function countsSql(source: FactSource, query: AggregateQuery): RawBuilder<Record<string, unknown>> {
  const combinations = combinationsSelect(query, sql`(${filteredRows(source, query)}) f`);
  return sql<Record<string, unknown>>`${countsOfCombinations(query, sql`(${combinations}) g`)}`;
}

/**
 * Counts and medians from one pass over the fact: the combinations of countsSql, told apart also
 * by each median's value, are kept (a materialized CTE of thousands of rows, not the fact's
 * hundreds of thousands). Part 0 are the counts; part 1 + i the distribution of median i's
 * values (value, how many records) per median grouping, from which `readMedians` takes the
 * median exactly as percentile_cont(0.5) would, without sorting the raw rows. Dimensions
 * outside a median grouping come back null.
 */
export function countsAndMediansSql(
  source: FactSource,
  query: AggregateQuery,
  medianGroupings: readonly (readonly DimensionKey[])[],
): RawBuilder<Record<string, unknown>> {
  const used = [...new Set(query.groupings.flat())];
  const medianUsed = [...new Set(medianGroupings.flat())];
  const noMedians = query.medians.map(
    (name) => sql`, null::float8 as ${sql.ref(`median_${name}`)}, null::int as ${sql.ref(`n_${name}`)}`,
  );
  const noSums = (query.sums ?? []).map(
    (name) => sql`, null::float8 as ${sql.ref(`sum_${name}`)}, null::int as ${sql.ref(`sn_${name}`)}`,
  );
  const medianDims = used.map((name) =>
    medianUsed.includes(name) ? sql`${column(name, 'g')},` : sql`null::text as ${sql.ref(name)},`,
  );
  const distributions = query.medians.map((name, i) => {
    // Every median column but this one's is null in this part: each part fills one median.
    const values = query.medians.map((other) =>
      other === name
        ? sql`, ${column(name, 'g')}::float8 as ${sql.ref(`median_${other}`)}, null::int as ${sql.ref(`n_${other}`)}`
        : sql`, null::float8 as ${sql.ref(`median_${other}`)}, null::int as ${sql.ref(`n_${other}`)}`,
    );
    const sets = medianGroupings.map(
      (grouping) =>
        sql`(g.period${sql.join(
          grouping.map((d) => sql`, ${column(d, 'g')}`),
          sql``,
        )}, ${column(name, 'g')})`,
    );
    return sql`
    union all
    select ${sql.lit(i + 1)} as part, g.period, ${bitsSql(medianUsed, 'g')} as bits, ${sql.join(medianDims, sql` `)}
      sum(g.n)::int as count ${sql.join(noSums, sql``)} ${sql.join(values, sql``)}
    from c g where ${column(name, 'g')} is not null
    group by grouping sets (${sql.join(sets)})`;
  });
  const combinations = combinationsSelect(query, sql`(${filteredRows(source, query)}) f`, query.medians);
  return sql<Record<string, unknown>>`with c as materialized (${combinations})
    select 0 as part, counted.* from (${countsOfCombinations(query, sql`c g`, sql.join(noMedians, sql``))}) counted
    ${sql.join(distributions, sql``)}`;
}

/** The GROUPING() bit mask of a grouping: a bit is 1 for every used dimension NOT in the set. */
export function bitsOf(used: readonly DimensionKey[], grouping: readonly DimensionKey[]): number {
  let bits = 0;
  used.forEach((name, index) => {
    if (!grouping.includes(name)) bits |= 1 << (used.length - 1 - index);
  });
  return bits;
}
