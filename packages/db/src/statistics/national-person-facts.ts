import { type DimensionKey, nonStateOrganisationTypes } from '@opennrm/core';
import { type RawBuilder, sql } from 'kysely';
import type { FactParams, FactSource } from './fact-source.ts';
import {
  ageBandSql,
  ageGroupAtInstantSql,
  ageGroupAtSql,
  consentAtSql,
  dayStartSql,
  exploitationSql,
  keptScopeSql,
  nationalitySql,
  periodEndAtSql,
  periodEndSql,
  scopeSql,
  sexSql,
} from './person-dimensions.ts';

/** [from, to) on a timestamptz column, the days beginning at midnight in the country's zone. */
export function inRange(column: RawBuilder<unknown>, params: FactParams): RawBuilder<boolean> {
  return sql<boolean>`${column} >= ${dayStartSql(params.from, params)}
    and ${column} < ${dayStartSql(params.to, params)}`;
}

/** National scope: everything; region: owners in that region; organisation: that owner. */
export function ownerScope(
  params: FactParams,
  owner: RawBuilder<unknown> = sql`p.organisation_id`,
): RawBuilder<boolean> {
  const scope = params.scope;
  if (scope.kind === 'organisation') return sql<boolean>`${owner} = ${scope.organisationId}`;
  if (scope.kind === 'region') {
    return sql<boolean>`${owner} in (select id from organisations where region = ${scope.region})`;
  }
  return sql<boolean>`true`;
}

/**
 * One row per person of the fact: `at` places it in a period, `on` is the event's local day (for
 * the age at the event), `body` who identified; consent as at the end of the row's period.
 */
function personRows(
  params: FactParams,
  event:
    | { at: RawBuilder<unknown>; on: RawBuilder<unknown>; kind: 'identification' }
    | { at: RawBuilder<unknown>; kind: 'other' },
  where: RawBuilder<boolean>,
  body: RawBuilder<unknown>,
) {
  // An identification is a day (identified_on); screenings are instants, read without
  // converting each one to a local day (person-dimensions.ts says why).
  const end = 'on' in event ? periodEndSql(event.on, params) : periodEndAtSql(event.at, params);
  const age =
    'on' in event ? ageGroupAtSql(event.on, event.kind) : ageGroupAtInstantSql(event.at, event.kind, params);
  // An identification's day: the engine places it in a period by this date (fact-source.ts).
  const day = 'on' in event ? sql`${event.on} as day,` : sql``;
  return sql`select p.id as record_id, p.id as person_id, ${event.at} as at, ${day}
      ${sexSql} as sex, ${age} as age_group, ${ageBandSql} as age_band,
      ${nationalitySql(params.countryCode)} as nationality, ${exploitationSql} as exploitation,
      ${scopeSql(params.countryCode)} as trafficking_scope, ${body} as identifying_body,
      ${consentAtSql(end, params)} as consent
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
    personRows(
      params,
      { at: sql`p.first_screened_at`, kind: 'other' },
      inRange(sql`p.first_screened_at`, params),
      ownerBody,
    ),
};

export const personsPresumed: FactSource = {
  fact: 'persons_presumed',
  source: 'national',
  recordType: 'person',
  dimensions: personDimensions,
  durations: [],
  costly,
  rows: (params) =>
    personRows(
      params,
      { at: sql`p.presumed_at`, kind: 'other' },
      inRange(sql`p.presumed_at`, params),
      ownerBody,
    ),
};

/**
 * Current status identified, placed by the first 'identified' decision (it never moves later);
 * identified by the state when a state body had decided before the period ended. Read from the
 * person's kept dimensions (person_report_dimensions, migration 33: the same folds, kept with the
 * records), not from persons and exploitations: at a million persons that was a random read of
 * every identified person's wide row, a hash of every exploitation and the folds per row.
 * Consent likewise: the person's one consent kept there (migration 44), the consents probed only
 * for a person with several.
 */
export const victimsIdentified: FactSource = {
  fact: 'victims_identified',
  source: 'national',
  recordType: 'person',
  dimensions: personDimensions,
  durations: [],
  costly,
  day: true,
  rows: (params) => {
    const end = periodEndSql(sql`d.identified_on`, params);
    return sql`select d.person_id as record_id, d.person_id, ${dayStartSql(sql`d.identified_on`, params)} as at,
        d.identified_on as day, d.sex, d.age_group, d.age_band,
        ${nationalitySql(params.countryCode, sql`d.citizenships`)} as nationality, d.exploitation,
        ${keptScopeSql(params.countryCode)} as trafficking_scope,
        case when d.state_decided_on < ${end} then 'state' else 'ngo' end as identifying_body,
        case d.consent_count when 0 then 'none'
          when 1 then case when d.consent_given_on < ${end}
            and (d.consent_withdrawn_at is null or d.consent_withdrawn_at >= ${dayStartSql(end, params)})
            then 'recorded' else 'none' end
          else ${consentAtSql(end, params, sql`d.person_id`)} end as consent
      from person_report_dimensions d
      where d.status = 'identified' and d.identified_on >= ${params.from}::date
        and d.identified_on < ${params.to}::date and ${ownerScope(params, sql`d.organisation_id`)}`;
  },
};
