import { type RawBuilder, sql } from 'kysely';
import type { FactParams } from './fact-source.ts';

/**
 * How a person's columns fold into the statistics dimensions (core/statistics/dimensions.ts),
 * each the SQL form of core's definition (core/statistics/definitions/): the brute-force count
 * of annual-report.int.test.ts applies core's functions to the same records and holds these
 * expressions to them. Every expression yields exactly one value, never null, so tables add up.
 * `p` is persons, `e` the person's exploitation (left joined).
 */
export const sexSql = sql`case p.gender when 'Feminine' then 'female' when 'Masculine' then 'male'
  when 'NonSpecifiedUnknown' then 'unknown' else 'other' end`;

/** The local day (in the country's zone) an instant falls on. */
export function localDaySql(instant: RawBuilder<unknown>, params: FactParams): RawBuilder<unknown> {
  return sql`(${instant} at time zone ${params.timeZone})::date`;
}

/** The instant a local day begins in the country's zone. */
export function dayStartSql(day: string | RawBuilder<unknown>, params: FactParams): RawBuilder<unknown> {
  return sql`((${day})::date)::timestamp at time zone ${params.timeZone}`;
}

/**
 * How an expression reads an event's local day. A date column is read as it is. An instant
 * (timestamptz) is never turned into a local day per row: that conversion, a time zone lookup,
 * cost more than anything else in the report when done four or five times per row at a million
 * persons. Its comparisons go to the instants at which local days begin, constants that
 * PostgreSQL computes once per query.
 */
interface DayReader {
  year: RawBuilder<unknown>;
  onOrAfter(day: RawBuilder<unknown>): RawBuilder<boolean>;
  onOrBefore(day: RawBuilder<unknown>): RawBuilder<boolean>;
}

function dateReader(on: RawBuilder<unknown>): DayReader {
  return {
    year: sql`date_part('year', ${on})`,
    onOrAfter: (day) => sql<boolean>`${on} >= ${day}`,
    onOrBefore: (day) => sql<boolean>`${on} <= ${day}`,
  };
}

/**
 * The local year of an instant inside [params.from, params.to): the year whose local 1 January
 * it last passed (a few comparisons with constants, no per-row time zone arithmetic).
 */
function localYearSql(at: RawBuilder<unknown>, params: FactParams): RawBuilder<unknown> {
  const first = Number(params.from.slice(0, 4));
  const last = Number(params.to.slice(0, 4));
  const branches: RawBuilder<unknown>[] = [];
  for (let year = last; year > first; year--) {
    branches.push(sql`when ${at} >= ${dayStartSql(`${year}-01-01`, params)} then ${sql.lit(year)}`);
  }
  return branches.length === 0
    ? sql`${sql.lit(first)}`
    : sql`(case ${sql.join(branches, sql` `)} else ${sql.lit(first)} end)`;
}

function instantReader(at: RawBuilder<unknown>, params: FactParams): DayReader {
  return {
    year: localYearSql(at, params),
    onOrAfter: (day) => sql<boolean>`${at} >= ${dayStartSql(day, params)}`,
    onOrBefore: (day) => sql<boolean>`${at} < ${dayStartSql(sql`(${day}) + 1`, params)}`,
  };
}

/**
 * core's ageGroupAt without the birth date (sealed, so SQL never sees it): `on` is the event's
 * local date. date_part, not extract: extract computes in numeric, slower per row at 1M persons.
 */
export function ageGroupAtSql(
  on: RawBuilder<unknown>,
  event: 'identification' | 'other',
): RawBuilder<unknown> {
  return ageGroupSql(dateReader(on), event);
}

/** ageGroupAtSql for an event recorded as an instant (`at` within the fact's [from, to)). */
export function ageGroupAtInstantSql(
  at: RawBuilder<unknown>,
  event: 'identification' | 'other',
  params: FactParams,
): RawBuilder<unknown> {
  return ageGroupSql(instantReader(at, params), event);
}

function ageGroupSql(on: DayReader, event: 'identification' | 'other'): RawBuilder<unknown> {
  const recorded =
    event === 'identification'
      ? sql`when p.child_at_identification then 'child' when p.child_at_identification = false then 'adult'`
      : sql``;
  const around =
    event === 'identification'
      ? sql``
      : sql`when p.child_at_identification and ${on.onOrBefore(sql`p.identified_on`)} then 'child'
            when p.child_at_identification = false and ${on.onOrAfter(sql`p.identified_on`)} then 'adult'`;
  // Adult from the last day of the year of the 18th birthday: any later year, or that very day.
  return sql`case ${recorded}
    when p.birth_year + 17 >= ${on.year} then 'child'
    when p.birth_year + 18 < ${on.year} then 'adult'
    when p.birth_year + 18 = ${on.year} and ${on.onOrAfter(sql`make_date(p.birth_year + 18, 12, 31)`)} then 'adult'
    ${around}
    else 'unknown' end`;
}

/** Ours split children into 0-8, 9-11, 12-14, 15-17; CTDC's bands (and the reports) use 9-17. */
export const ageBandSql = sql`case when p.age_band is null then 'unknown'
  when p.age_band in ('9-11', '12-14', '15-17') then '9-17' else p.age_band end`;

export function nationalitySql(
  countryCode: string,
  citizenships: RawBuilder<unknown> = sql`p.citizenships`,
): RawBuilder<unknown> {
  return sql`case when ${citizenships} @> array[${countryCode}]::text[] then 'domestic'
    when cardinality(${citizenships}) > 0 then 'foreign' else 'unknown' end`;
}

/** Forced labour includes domestic servitude, servitude and child labour (UNODC, ICS-TIP). */
const labourForms = sql`array['ForcedLabour', 'ChildLabour', 'DomesticServitude', 'Servitude']::text[]`;
export const exploitationSql = sql`case
  when e.forms is null or cardinality(e.forms) = 0 then 'unknown'
  when e.forms @> array['SexualExploitation']::text[] and e.forms && ${labourForms} then 'sexual_and_labour'
  when e.forms @> array['SexualExploitation']::text[] then 'sexual'
  when e.forms && ${labourForms} then 'labour'
  else 'other' end`;

/**
 * core's traffickingScopeOf: two different countries on the route (recruitment, transit,
 * exploitation) is transnational; then no exploitation country or no citizenship is unknown;
 * then the home (the reporting country for its citizens, else the citizenships) against the
 * country of exploitation. Array operators only, no subquery, so it stays parallel-safe.
 */
export function scopeSql(countryCode: string): RawBuilder<unknown> {
  const exploited = sql`e.exploitation_countries[1]`;
  const before = sql`(e.recruitment_countries || e.transit_countries)`;
  return sql`case
    when e.exploitation_countries is null or cardinality(e.exploitation_countries) = 0
      then case when not ${before} <@ array[${before}[1]] then 'transnational' else 'unknown' end
    when not (e.exploitation_countries <@ array[${exploited}] and e.recruitment_countries <@ array[${exploited}]
              and e.transit_countries <@ array[${exploited}]) then 'transnational'
    when cardinality(p.citizenships) = 0 then 'unknown'
    when p.citizenships @> array[${countryCode}]::text[]
      then case when ${exploited} = ${countryCode} then 'internal' else 'transnational' end
    when p.citizenships @> array[${exploited}] then 'internal'
    else 'transnational' end`;
}

/**
 * scopeSql over a person's kept dimensions (`d`, person_report_dimensions, migration 33): the
 * route's verdict when it decides (`route`), else scopeSql's last branches on the citizenships.
 */
export function keptScopeSql(countryCode: string): RawBuilder<unknown> {
  return sql`case when d.route is not null then d.route
    when cardinality(d.citizenships) = 0 then 'unknown'
    when d.citizenships @> array[${countryCode}]::text[]
      then case when d.exploited_in = ${countryCode} then 'internal' else 'transnational' end
    when d.citizenships @> array[d.exploited_in] then 'internal'
    else 'transnational' end`;
}

/**
 * The first day after the requested period that the local day `on` falls in (a date; null
 * outside them): what "as at the end of the period" compares with. Dates against dates: the
 * periods are local days, so no time zone arithmetic per row.
 */
export function periodEndSql(on: RawBuilder<unknown>, params: FactParams): RawBuilder<unknown> {
  const branches = params.periods.map(
    (p) => sql`when ${on} >= ${p.from}::date and ${on} < ${p.to}::date then ${p.to}::date`,
  );
  return sql`(case ${sql.join(branches, sql` `)} end)`;
}

/** periodEndSql for an event recorded as an instant: compared with the periods' first instants. */
export function periodEndAtSql(at: RawBuilder<unknown>, params: FactParams): RawBuilder<unknown> {
  const branches = params.periods.map(
    (p) => sql`when ${at} >= ${dayStartSql(p.from, params)} and ${at} < ${dayStartSql(p.to, params)}
      then ${p.to}::date`,
  );
  return sql`(case ${sql.join(branches, sql` `)} end)`;
}

/**
 * core's consentAt: a consent given before the period's end and not withdrawn by then. A
 * correlated subquery: the fact lists `consent` as costly, so its table is aggregated apart.
 */
export function consentAtSql(
  end: RawBuilder<unknown>,
  params: FactParams,
  personId: RawBuilder<unknown> = sql`p.id`,
): RawBuilder<unknown> {
  return sql`case when exists (select 1 from consents c where c.person_id = ${personId} and c.given_on < ${end}
      and (c.withdrawn_at is null or c.withdrawn_at >= ${dayStartSql(end, params)}))
    then 'recorded' else 'none' end`;
}
