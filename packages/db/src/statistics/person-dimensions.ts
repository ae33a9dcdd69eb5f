import { type RawBuilder, sql } from 'kysely';

/**
 * How a person's columns fold into the statistics dimensions (core/statistics/dimensions.ts).
 * Every expression yields exactly one value of its dimension, never null, so tables add up.
 * `p` is persons, `e` the person's exploitation (left joined).
 */
export const sexSql = sql`case p.gender when 'Feminine' then 'female' when 'Masculine' then 'male'
  when 'NonSpecifiedUnknown' then 'unknown' else 'other' end`;

/**
 * As recorded at identification; else from the birth year when the year the record was opened
 * leaves no doubt (born 2000: surely adult from 2019, surely a child up to 2017). date_part, not
 * extract: extract computes in numeric, several times slower per row at a million persons.
 */
export const ageGroupSql = sql`case when p.child_at_identification then 'child'
  when p.child_at_identification = false then 'adult'
  when p.birth_year + 19 <= date_part('year', p.created_at) then 'adult'
  when p.birth_year + 17 >= date_part('year', p.created_at) then 'child'
  else 'unknown' end`;

/** Ours split children into 0-8, 9-11, 12-14, 15-17; CTDC's bands (and the reports) use 9-17. */
export const ageBandSql = sql`case when p.age_band is null then 'unknown'
  when p.age_band in ('9-11', '12-14', '15-17') then '9-17' else p.age_band end`;

export function nationalitySql(countryCode: string): RawBuilder<unknown> {
  return sql`case when p.citizenships @> array[${countryCode}]::text[] then 'domestic'
    when cardinality(p.citizenships) > 0 then 'foreign' else 'unknown' end`;
}

/** Forced labour includes domestic servitude, servitude and child labour (UNODC, ICS-TIP). */
const labourForms = sql`array['ForcedLabour', 'ChildLabour', 'DomesticServitude', 'Servitude']::text[]`;
export const exploitationSql = sql`case
  when e.forms is null or cardinality(e.forms) = 0 then 'unknown'
  when e.forms @> array['SexualExploitation']::text[] and e.forms && ${labourForms} then 'sexual_and_labour'
  when e.forms @> array['SexualExploitation']::text[] then 'sexual'
  when e.forms && ${labourForms} then 'labour'
  else 'other' end`;

/** Internal: every country of exploitation is the reporting country (as the person page says). */
export function scopeSql(countryCode: string): RawBuilder<unknown> {
  return sql`case when e.exploitation_countries is null or cardinality(e.exploitation_countries) = 0 then 'unknown'
    when e.exploitation_countries <@ array[${countryCode}]::text[] then 'internal' else 'transnational' end`;
}

/** NGO identifications count, and are reported as such until a state body decides. */
export const stateBodySql = sql`case when p.state_decided then 'state' else 'ngo' end`;
