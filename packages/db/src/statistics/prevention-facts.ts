import { type RawBuilder, sql } from 'kysely';
import type { FactParams, FactSource } from './fact-source.ts';
import { dayStartSql, periodEndSql } from './person-dimensions.ts';

/**
 * The prevention facts (core/statistics/catalogue/prevention-catalogue.ts). Each reads its own
 * table by the indexed day the event happened (`held_on`, `started_on`, `contacted_on`,
 * `deadline`), never by when it was recorded, so a country's 2014 activities loaded today count
 * in 2014. The brute-force count (prevention-brute-force.ts) holds each to core's words.
 */

const inDays = (column: RawBuilder<unknown>, params: FactParams) =>
  sql<boolean>`${column} >= ${params.from}::date and ${column} < ${params.to}::date`;

/** Records of the scope's bodies: its organisation, or the organisations of its region. */
function bodyScope(column: RawBuilder<unknown>, params: FactParams): RawBuilder<boolean> {
  const scope = params.scope;
  if (scope.kind === 'organisation') return sql<boolean>`${column} = ${scope.organisationId}`;
  if (scope.kind === 'region')
    return sql<boolean>`${column} in (select id from organisations where region = ${scope.region})`;
  return sql<boolean>`true`;
}

/** The requested periods as rows (first day, end), for facts counted once per period. */
function periodRows(params: FactParams): RawBuilder<unknown> {
  return sql`(values ${sql.join(
    params.periods.map((p) => sql`(${p.from}::date, ${p.to}::date)`),
    sql`, `,
  )}) as per (starts_on, ends_on)`;
}

export const awarenessActivities: FactSource = {
  fact: 'awareness_activities',
  source: 'national',
  day: true,
  recordType: 'awareness_activity',
  dimensions: { awareness_audience: true, awareness_channel: true, prevention_region: true },
  durations: ['reach'],
  rows: (params) =>
    sql`select a.id as record_id, null::uuid as person_id, ${dayStartSql(sql`a.held_on`, params)} as at, a.held_on as day,
        a.audience as awareness_audience, a.channel as awareness_channel, a.region as prevention_region,
        a.reach::float8 as reach
      from awareness_activities a
      where ${inDays(sql`a.held_on`, params)} and ${bodyScope(sql`a.organisation_id`, params)}`,
};

/**
 * One row per place and period: its first activity there (by day, then recording, then id). The
 * places are found by skipping through awareness_activities_place (migration 45) from one code
 * to the next (a few dozen probes), and each place's first activity of each period is the first
 * entry of its range in the same index: a few hundred index entries read, where sorting every
 * activity of the periods took 300 ms at a million persons. The periods of a report never
 * overlap, so "the period of the day" and "each period" are the same.
 */
export const placesReached: FactSource = {
  fact: 'places_reached',
  source: 'national',
  day: true,
  recordType: 'awareness_activity',
  dimensions: { prevention_region: true },
  durations: [],
  rows: (params) =>
    sql`with recursive places (code) as (
        (select x.place_code from awareness_activities x order by x.place_code limit 1)
        union all
        select (select x.place_code from awareness_activities x where x.place_code > p.code
                 order by x.place_code limit 1)
          from places p where p.code is not null)
      select f.id as record_id, null::uuid as person_id, ${dayStartSql(sql`f.held_on`, params)} as at,
        f.held_on as day, f.region as prevention_region
      from places p
      cross join ${periodRows(params)}
      cross join lateral (select x.id, x.held_on, x.region from awareness_activities x
        where x.place_code = p.code and x.held_on >= per.starts_on and x.held_on < per.ends_on
          and ${bodyScope(sql`x.organisation_id`, params)}
        order by x.held_on, x.created_at, x.id limit 1) f
      where p.code is not null`,
};

export const officialTrainings: FactSource = {
  fact: 'official_trainings',
  source: 'national',
  day: true,
  recordType: 'training',
  dimensions: { training_topic: true },
  durations: ['participants'],
  rows: (params) =>
    sql`select t.id as record_id, null::uuid as person_id, ${dayStartSql(sql`t.started_on`, params)} as at, t.started_on as day,
        t.topic as training_topic, coalesce(n.participants, 0) as participants
      from official_trainings t
      left join lateral (select sum(tp.participants)::float8 as participants
        from official_training_participants tp where tp.training_id = t.id) n on true
      where ${inDays(sql`t.started_on`, params)} and ${bodyScope(sql`t.organisation_id`, params)}`,
};

export const trainingParticipation: FactSource = {
  fact: 'training_participation',
  source: 'national',
  day: true,
  recordType: 'training',
  dimensions: { trained_body: true, training_topic: true },
  durations: ['participants'],
  rows: (params) =>
    sql`select t.id as record_id, null::uuid as person_id, ${dayStartSql(sql`t.started_on`, params)} as at, t.started_on as day,
        tp.body_type as trained_body, t.topic as training_topic, tp.participants::float8 as participants
      from official_trainings t
      join official_training_participants tp on tp.training_id = t.id and tp.participants > 0
      where ${inDays(sql`t.started_on`, params)} and ${bodyScope(sql`t.organisation_id`, params)}`,
};

/**
 * Per period: each body type an activity of a plan in force that period names for training
 * (a plan is in force from 1 January of its first year to the end of its last), and whether a
 * training that began in the period (within the scope) had participants of that type.
 */
export const trainingPlannedBodies: FactSource = {
  fact: 'training_planned_bodies',
  source: 'national',
  day: true,
  recordType: 'plan_activity',
  dimensions: { trained_body: true, training_given: true },
  durations: [],
  rows: (params) =>
    sql`select (array_agg(pa.id order by pa.code, pa.id))[1] as record_id, null::uuid as person_id,
        ${dayStartSql(sql`per.starts_on`, params)} as at, per.starts_on as day, b.body_type as trained_body,
        case when exists (select 1 from official_trainings t
            join official_training_participants tp on tp.training_id = t.id and tp.participants > 0
            where tp.body_type = b.body_type and t.started_on >= per.starts_on and t.started_on < per.ends_on
              and ${bodyScope(sql`t.organisation_id`, params)})
          then 'trained' else 'not_trained' end as training_given
      from ${periodRows(params)}
      join action_plans ap on make_date(ap.start_year, 1, 1) < per.ends_on
        and make_date(ap.end_year + 1, 1, 1) > per.starts_on
      join plan_activities pa on pa.plan_id = ap.id
      cross join lateral unnest(pa.training_body_types) as b (body_type)
      where ${bodyScope(sql`pa.responsible_organisation_id`, params)}
      group by per.starts_on, per.ends_on, b.body_type`,
};

export const oversightActivities: FactSource = {
  fact: 'oversight_activities',
  source: 'national',
  day: true,
  recordType: 'oversight_activity',
  dimensions: { oversight_kind: true },
  durations: ['inspections', 'employers_sanctioned'],
  rows: (params) =>
    sql`select o.id as record_id, null::uuid as person_id, ${dayStartSql(sql`o.held_on`, params)} as at, o.held_on as day,
        o.kind as oversight_kind, o.inspections::float8 as inspections,
        o.employers_sanctioned::float8 as employers_sanctioned
      from oversight_activities o
      where ${inDays(sql`o.held_on`, params)} and ${bodyScope(sql`o.organisation_id`, params)}`,
};

/**
 * core's hotlineResultAt: the persons a contact led to are its own and its alert's; the
 * furthest step any of them reached before the end of the period (correlated: costly). Most
 * contacts lead to no person: those are settled first, without the two correlated probes.
 */
function hotlineResultSql(end: RawBuilder<unknown>): RawBuilder<unknown> {
  const persons = sql`(select unnest(array_remove(array[h.person_id] || coalesce(al.person_ids, '{}'), null)))`;
  return sql`case
      when h.person_id is null and coalesce(cardinality(array_remove(al.person_ids, null)), 0) = 0
        then case when h.alert_id is not null then 'linked_only' else 'no_link' end
      when exists (select 1 from persons p where p.id in ${persons} and p.identified_on < ${end}) then 'victim_identified'
      when exists (select 1 from referrals r where r.person_id in ${persons} and r.sent_on < ${end}) then 'person_referred'
      when h.person_id is not null or h.alert_id is not null then 'linked_only'
      else 'no_link' end`;
}

export const hotlineContacts: FactSource = {
  fact: 'hotline_contacts',
  source: 'national',
  day: true,
  recordType: 'hotline_contact',
  dimensions: { hotline_outcome: true, hotline_result: true, hotline_topic: true },
  durations: [],
  costly: ['hotline_result'],
  hashGroups: true,
  rows: (params) =>
    sql`select h.id as record_id, h.person_id, ${dayStartSql(sql`h.contacted_on`, params)} as at, h.contacted_on as day,
        h.outcome as hotline_outcome, h.topic as hotline_topic,
        ${hotlineResultSql(periodEndSql(sql`h.contacted_on`, params))} as hotline_result
      from hotline_contacts h
      left join alerts al on al.id = h.alert_id
      where ${inDays(sql`h.contacted_on`, params)} and ${bodyScope(sql`h.organisation_id`, params)}`,
};

/**
 * core's planActivityStatusAt: as at the last day seen, the period's last day or today if
 * earlier. Done on or before it (on time if by the deadline); else late if the deadline is over.
 */
export const planActivitiesDue: FactSource = {
  fact: 'plan_activities_due',
  source: 'national',
  day: true,
  recordType: 'plan_activity',
  dimensions: { plan_activity_status: true, responsible_type: true },
  durations: [],
  rows: (params) => {
    const today = sql`(${params.asOf.toISOString()}::timestamptz at time zone ${params.timeZone})::date`;
    const last = sql`least(${periodEndSql(sql`pa.deadline`, params)} - 1, ${today})`;
    return sql`select pa.id as record_id, null::uuid as person_id, ${dayStartSql(sql`pa.deadline`, params)} as at, pa.deadline as day,
        case when pa.completed_on is not null and pa.completed_on <= ${last}
               then case when pa.completed_on <= pa.deadline then 'done_on_time' else 'done_late' end
             when pa.deadline < ${last} then 'late'
             else 'not_yet_due' end as plan_activity_status,
        o.type as responsible_type
      from plan_activities pa join organisations o on o.id = pa.responsible_organisation_id
      where ${inDays(sql`pa.deadline`, params)} and ${bodyScope(sql`pa.responsible_organisation_id`, params)}`;
  },
};

/** 1 January of a year (text) as a date, the day a year's target or status is placed on. */
const januaryFirst = (year: RawBuilder<unknown>) => sql`make_date((${year})::int, 1, 1)`;

/**
 * core's indicatorStatusOf: each indicator with a target for a year of the period. Plans are a
 * few dozen rows: read whole, the years filtered after unpacking the targets.
 */
export const planIndicatorYears: FactSource = {
  fact: 'plan_indicator_years',
  source: 'national',
  recordType: 'plan_indicator',
  dimensions: { indicator_status: true },
  durations: [],
  rows: (params) => {
    const value = sql`(i."values" ->> tg.year)::numeric`;
    return sql`select i.id as record_id, null::uuid as person_id,
        ${dayStartSql(januaryFirst(sql`tg.year`), params)} as at,
        case when i.source ->> 'kind' = 'computed' then 'computed'
             when ${value} is null then 'no_value'
             when (i.direction = 'at_least' and ${value} >= tg.target::numeric)
               or (i.direction = 'at_most' and ${value} <= tg.target::numeric) then 'on_target'
             else 'off_target' end as indicator_status
      from plan_indicators i
      cross join lateral jsonb_each_text(i.targets) as tg (year, target)
      left join plan_activities pa on pa.id = i.activity_id
      where ${inDays(januaryFirst(sql`tg.year`), params)} and ${bodyScope(sql`pa.responsible_organisation_id`, params)}`;
  },
};

export const recommendationYears: FactSource = {
  fact: 'recommendation_years',
  source: 'national',
  recordType: 'recommendation',
  dimensions: { recommendation_status: true, recommendation_source: true },
  durations: [],
  rows: (params) => {
    const scope = params.scope;
    const inScope =
      scope.kind === 'organisation'
        ? sql`${scope.organisationId} = any(r.responsible_organisation_ids)`
        : scope.kind === 'region'
          ? sql`exists (select 1 from organisations o where o.id = any(r.responsible_organisation_ids) and o.region = ${scope.region})`
          : sql`true`;
    return sql`select r.id as record_id, null::uuid as person_id, ${dayStartSql(januaryFirst(sql`y.year`), params)} as at,
        y.status as recommendation_status, r.source as recommendation_source
      from recommendation_years y join recommendations r on r.id = y.recommendation_id
      where ${inDays(januaryFirst(sql`y.year`), params)} and ${inScope}`;
  },
};

export const preventionFactSources: readonly FactSource[] = [
  awarenessActivities,
  placesReached,
  officialTrainings,
  trainingParticipation,
  trainingPlannedBodies,
  oversightActivities,
  hotlineContacts,
  planActivitiesDue,
  planIndicatorYears,
  recommendationYears,
];
