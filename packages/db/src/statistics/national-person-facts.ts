import { type DimensionKey, nonStateOrganisationTypes } from '@opennrm/core';
import { type RawBuilder, sql } from 'kysely';
import type { FactParams, FactSource } from './fact-source.ts';
import {
  ageBandSql,
  ageGroupSql,
  exploitationSql,
  nationalitySql,
  scopeSql,
  sexSql,
  stateBodySql,
} from './person-dimensions.ts';

/** [from, to) on a timestamptz column, the day boundaries taken in UTC. */
export function inRange(column: RawBuilder<unknown>, params: FactParams): RawBuilder<boolean> {
  return sql<boolean>`${column} >= (${params.from}::date)::timestamp at time zone 'UTC'
    and ${column} < (${params.to}::date)::timestamp at time zone 'UTC'`;
}

/** National scope: everything; region: owners in that region; organisation: that owner. */
export function ownerScope(params: FactParams): RawBuilder<boolean> {
  const scope = params.scope;
  if (scope.kind === 'organisation') return sql<boolean>`p.organisation_id = ${scope.organisationId}`;
  if (scope.kind === 'region') {
    return sql<boolean>`p.organisation_id in (select id from organisations where region = ${scope.region})`;
  }
  return sql<boolean>`true`;
}

function personRows(
  params: FactParams,
  at: RawBuilder<unknown>,
  where: RawBuilder<boolean>,
  body: RawBuilder<unknown>,
) {
  return sql`select p.id as record_id, p.id as person_id, ${at} as at,
      ${sexSql} as sex, ${ageGroupSql} as age_group, ${ageBandSql} as age_band,
      ${nationalitySql(params.countryCode)} as nationality, ${exploitationSql} as exploitation,
      ${scopeSql(params.countryCode)} as trafficking_scope, ${body} as identifying_body,
      case when exists (select 1 from consents c where c.person_id = p.id and c.withdrawn_at is null)
           then 'recorded' else 'none' end as consent
    from persons p
    left join exploitations e on e.person_id = p.id
    join organisations o on o.id = p.organisation_id
    where ${where} and ${ownerScope(params)}`;
}

const costly: DimensionKey[] = ['consent'];

const personDimensions = {
  sex: true,
  age_group: true,
  age_band: true,
  nationality: true,
  exploitation: true,
  trafficking_scope: true,
  identifying_body: true,
  consent: true,
} as const;

/**
 * Who screened: the owner organisation's kind (state body or NGO). Joins, not subqueries in the
 * select list: those are parallel-restricted, and PostgreSQL would then compute every dimension
 * of every row in the leader process alone (half the report's time at a million persons).
 */
const ownerBody = sql`case when o.type in (${sql.join(nonStateOrganisationTypes)}) then 'ngo' else 'state' end`;

export const personsScreened: FactSource = {
  fact: 'persons_screened',
  source: 'national',
  recordType: 'person',
  dimensions: personDimensions,
  durations: [],
  costly,
  rows: (params) =>
    personRows(params, sql`p.first_screened_at`, inRange(sql`p.first_screened_at`, params), ownerBody),
};

export const personsPresumed: FactSource = {
  fact: 'persons_presumed',
  source: 'national',
  recordType: 'person',
  dimensions: personDimensions,
  durations: [],
  costly,
  rows: (params) => personRows(params, sql`p.presumed_at`, inRange(sql`p.presumed_at`, params), ownerBody),
};

/** Current status identified, placed by the first 'identified' decision (it never moves later). */
export const victimsIdentified: FactSource = {
  fact: 'victims_identified',
  source: 'national',
  recordType: 'person',
  dimensions: personDimensions,
  durations: [],
  costly,
  rows: (params) =>
    personRows(
      params,
      sql`(p.identified_on::timestamp at time zone 'UTC')`,
      sql<boolean>`p.status = 'identified' and p.identified_on >= ${params.from}::date and p.identified_on < ${params.to}::date`,
      stateBodySql,
    ),
};
