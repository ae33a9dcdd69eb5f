import { sql } from 'kysely';
import type { FactSource } from './fact-source.ts';

/**
 * An imported CTDC dataset as "victims identified": the year of registration places a record
 * (as 1 January of that year), the records' own codes give the dimensions. Only the national
 * scope exists for a dataset (it has no organisations).
 */
export const ctdcVictims: FactSource = {
  fact: 'victims_identified',
  source: 'ctdc',
  recordType: 'person',
  dimensions: { sex: true, age_group: true, age_band: true, exploitation: true, trafficking_scope: true },
  durations: [],
  rows: (params) => sql`select null::uuid as record_id, null::uuid as person_id,
      (make_date(c.year, 1, 1)::timestamp at time zone ${params.timeZone}) as at,
      coalesce(c.gender, 'unknown') as sex,
      coalesce(c.majority, 'unknown') as age_group,
      coalesce(c.age_band, 'unknown') as age_band,
      case when c.is_sexual_exploit and c.is_forced_labour then 'sexual_and_labour'
           when c.is_sexual_exploit then 'sexual'
           when c.is_forced_labour then 'labour'
           when c.is_other_exploit or (c.is_sexual_exploit = false and c.is_forced_labour = false) then 'other'
           else 'unknown' end as exploitation,
      -- core's traffickingScopeOf for one citizenship and one country of exploitation.
      case when c.citizenship is null or c.exploitation_country is null then 'unknown'
           when c.citizenship = c.exploitation_country then 'internal' else 'transnational' end as trafficking_scope
    from ctdc_records c
    where c.dataset_id = ${params.datasetId ?? null}
      and c.year >= extract(year from ${params.from}::date)::int
      and c.year < extract(year from ${params.to}::date - 1)::int + 1`,
};
