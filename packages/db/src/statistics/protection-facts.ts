import { operatorTypeOf, organisationTypes, reportedCurrencyCodes } from '@opennrm/core';
import { type RawBuilder, sql } from 'kysely';
import type { FactParams, FactSource } from './fact-source.ts';
import { ownerScope } from './national-person-facts.ts';
import { dayStartSql, periodEndSql } from './person-dimensions.ts';

/**
 * The protection facts (core/statistics/catalogue/protection-catalogue.ts). Each reads its own
 * table by an indexed event day (`delivered_on`, `admitted_on`, ...), never by when it was
 * recorded, so a country's 2014 records loaded today count in 2014. "As at the end of the
 * period" follows core's victimStandingAt and cooperationAt (definitions/protection-standing-at.ts).
 */

/** core's operatorTypeOf for the organisation `o`. */
const providerTypeSql = sql`(case o.type ${sql.join(
  organisationTypes.map((type) => sql`when ${type} then ${operatorTypeOf(type)}`),
  sql` `,
)} end)::text`;

/**
 * Each organisation with its provider type, computed once per organisation (`offset 0`: otherwise
 * PostgreSQL moves the case expression up and evaluates it for every delivery).
 */
const providers = sql`(select o.id, ${providerTypeSql} as provider_type from organisations o offset 0)`;

/** core's victimStandingAt for person `p` at the period end `end`. */
function standingSql(end: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`case when p.identified_on < ${end}
      then case when p.state_decided_on < ${end} then 'identified_by_state' else 'identified_by_ngo_only' end
    when p.status = 'not_victim' and p.first_decided_on < ${end} then 'not_victim'
    else 'presumed' end`;
}

/**
 * core's cooperationAt for the row `g` (its person and period end): the latest choice on a day
 * before the end, the first entry of one range of protection_cooperation_latest (migration 19),
 * read from the index alone. A lateral join, not a subquery in the select list: PostgreSQL runs
 * joins in parallel workers, and the fact then needs no second query for this dimension.
 */
const cooperationJoin = sql`left join lateral (select c.status from protection_cooperation c
    where c.person_id = g.person_id and c.as_of < g.period_end
    order by c.as_of desc, c.recorded_at desc limit 1) c on true`;

/** The national currency of the protection settings (AZN until one is set). */
const nationalCurrency = sql`coalesce((select value->>'defaultCurrency' from configuration where key = 'protection'), 'AZN')`;

/**
 * The person `p` of a record when the scope needs its owner; a national report reads no person
 * for a fact that wants nothing else of them (every record has one: the foreign key says so).
 */
const ownerJoin = (params: FactParams, personId: RawBuilder<unknown>) =>
  params.scope.kind === 'national' ? sql`` : sql`join persons p on p.id = ${personId}`;

const inDays = (column: RawBuilder<unknown>, params: FactParams) =>
  sql<boolean>`${column} >= ${params.from}::date and ${column} < ${params.to}::date`;

/**
 * Deliveries grouped per person (and `by`) per requested period, in one pass over the
 * deliveries of [from, to) read by their indexed day: the first delivery's id, day and
 * provider (one sort, then the first row of each group; `array_agg(... order by ...)` sorted
 * every group apart, and most groups are one delivery), and the total amount. `at` is computed
 * once per group behind `offset 0`: otherwise PostgreSQL copies the time zone conversion into
 * every comparison the engine makes with a period, several per row. The person's standing dates
 * come with the delivery (migration 39; the same on each of the person's deliveries).
 */
function groupedServices(params: FactParams, by: RawBuilder<unknown> | null, where: RawBuilder<boolean>) {
  // The period and the grouping key are computed per delivery first and grouped by as columns:
  // PostgreSQL cannot tell that two copies of an expression with parameters are the same.
  return sql`select g.*, ${dayStartSql(sql`g.first_on`, params)} as at
    from (select distinct on (d.person_id, d.period_end, d.grouped_by) d.id as record_id, d.person_id,
            d.delivered_on as first_on, d.period_end, d.grouped_by, d.provider_type,
            d.standing_identified_on, d.standing_state_on, d.standing_not_victim_on,
            sum(d.amount) over (partition by d.person_id, d.period_end, d.grouped_by)::float8 as amount
          from (select s.id, s.person_id, s.delivered_on, s.recorded_at, s.amount,
                  s.standing_identified_on, s.standing_state_on, s.standing_not_victim_on,
                  ${periodEndSql(sql`s.delivered_on`, params)} as period_end, ${by ?? sql`null::text`} as grouped_by,
                  o.provider_type
                from protection_services s
                join ${providers} o on o.id = s.provider_organisation_id
                where ${inDays(sql`s.delivered_on`, params)} and ${where}) d
          order by d.person_id, d.period_end, d.grouped_by, d.delivered_on, d.recorded_at, d.id) g
    offset 0`;
}

/** The first day of the requested period the local day `on` falls in (null outside them). */
function periodStartSql(on: RawBuilder<unknown>, params: FactParams): RawBuilder<unknown> {
  const branches = params.periods.map(
    (p) => sql`when ${on} >= ${p.from}::date and ${on} < ${p.to}::date then ${p.from}::date`,
  );
  return sql`(case ${sql.join(branches, sql` `)} end)`;
}

/**
 * groupedServices for the two facts that count groups without a filter or an amount: the first
 * delivery of each group is the one whose previous delivery (in the same order: day, recorded,
 * id; of the same type when `byType`) is none or falls before its period began. The previous
 * day is kept with each delivery (migration 31), and so are the person's dates that decide the
 * standing (migration 39), so this reads one index without sorting. `byPerson` sorts the rows by
 * person for a fact that looks up each person's cooperation: the lookups then walk their index
 * in order, where in the order of days each was a random probe (three times the CPU at a
 * million persons); without lookups the sort is 60 % of the fact's CPU.
 */
function firstServices(params: FactParams, byType: boolean, byPerson: boolean) {
  const previous = byType ? sql`s.previous_of_type_on` : sql`s.previous_on`;
  return sql`select g.*, ${dayStartSql(sql`g.first_on`, params)} as at
    from (select s.id as record_id, s.person_id, s.delivered_on as first_on,
            ${periodEndSql(sql`s.delivered_on`, params)} as period_end,
            ${byType ? sql`s.service_type` : sql`null::text`} as grouped_by, o.provider_type,
            s.standing_identified_on, s.standing_state_on, s.standing_not_victim_on
          from protection_services s
          join ${providers} o on o.id = s.provider_organisation_id
          where ${inDays(sql`s.delivered_on`, params)}
            and (${previous} is null or ${previous} < ${periodStartSql(sql`s.delivered_on`, params)})
          ${byPerson ? sql`order by s.person_id` : sql``}) g
    offset 0`;
}

/**
 * The person's standing dates as kept with the delivery (migration 39), shaped as the person
 * `p` that standingSql reads: a national report needs nothing else of the person, so it probes
 * no person at all. A region or an organisation still reads the person for its owner.
 */
const keptPerson = sql`cross join lateral (select g.standing_identified_on as identified_on,
    g.standing_state_on as state_decided_on, g.standing_not_victim_on as first_decided_on,
    case when g.standing_not_victim_on is not null then 'not_victim' end as status) p`;

/**
 * The person of a record, looked up in the covering index persons_standing (migration 26), one
 * probe per record: `offset 0` keeps PostgreSQL from turning it into a hash of the whole persons
 * table (a million rows read and hashed for a year or two of records).
 */
const personAt = (personId: RawBuilder<unknown>) =>
  sql`join lateral (select p.organisation_id, p.status, p.identified_on, p.state_decided_on, p.first_decided_on
    from persons p where p.id = ${personId} offset 0) p on true`;

const personFact = (
  g: RawBuilder<unknown>,
  params: FactParams,
  columns: RawBuilder<unknown>,
  joins: RawBuilder<unknown> = sql``,
  kept = false,
) =>
  sql`select g.record_id, g.person_id, g.at, g.first_on as day, g.provider_type, ${columns}
    from (${g}) g
    ${kept && params.scope.kind === 'national' ? keptPerson : personAt(sql`g.person_id`)}
    ${joins}
    where ${ownerScope(params)}`;

/**
 * No table groups services by cooperation (persons_assisted does): here it is a subquery in the
 * select list, which PostgreSQL computes only for a query that reads it (a drill-down filtered
 * by cooperation), the same index range as cooperationJoin.
 */
const cooperationColumn = sql`coalesce((select c.status from protection_cooperation c
    where c.person_id = g.person_id and c.as_of < g.period_end
    order by c.as_of desc, c.recorded_at desc limit 1), 'not_recorded')`;

export const personServices: FactSource = {
  fact: 'person_services',
  source: 'national',
  day: true,
  recordType: 'service',
  dimensions: { service_type: true, provider_type: true, victim_standing: true, cooperation: true },
  durations: [],
  costly: ['cooperation'],
  rows: (params) =>
    personFact(
      firstServices(params, true, false),
      params,
      sql`g.grouped_by as service_type, ${standingSql(sql`g.period_end`)} as victim_standing,
        ${cooperationColumn} as cooperation`,
      sql``,
      true,
    ),
};

export const personsAssisted: FactSource = {
  fact: 'persons_assisted',
  source: 'national',
  day: true,
  recordType: 'service',
  dimensions: { victim_standing: true, cooperation: true, provider_type: true },
  durations: [],
  rows: (params) =>
    personFact(
      firstServices(params, false, true),
      params,
      sql`${standingSql(sql`g.period_end`)} as victim_standing, coalesce(c.status, 'not_recorded') as cooperation`,
      cooperationJoin,
      true,
    ),
};

export const allowancesPaid: FactSource = {
  fact: 'allowances_paid',
  source: 'national',
  day: true,
  recordType: 'service',
  dimensions: { provider_type: true, victim_standing: true },
  durations: ['amount'],
  rows: (params) =>
    personFact(
      groupedServices(
        params,
        null,
        sql<boolean>`s.service_type = 'financial_allowance' and s.currency = ${nationalCurrency}`,
      ),
      params,
      sql`${standingSql(sql`g.period_end`)} as victim_standing, g.amount`,
      sql``,
      true,
    ),
};

export const allowancePayments: FactSource = {
  fact: 'allowance_payments',
  source: 'national',
  day: true,
  recordType: 'service',
  dimensions: { provider_type: true },
  durations: ['amount'],
  // offset 0: `at` is converted once per payment, not in every comparison with a period.
  rows: (params) =>
    sql`select s.id as record_id, s.person_id, ${dayStartSql(sql`s.delivered_on`, params)} as at, s.delivered_on as day,
        o.provider_type, s.amount::float8 as amount
      from protection_services s
      join ${providers} o on o.id = s.provider_organisation_id
      ${ownerJoin(params, sql`s.person_id`)}
      where ${inDays(sql`s.delivered_on`, params)} and s.service_type = 'financial_allowance'
        and s.currency = ${nationalCurrency} and ${ownerScope(params)}
      offset 0`,
};

/** Stays by the operator's scope: its organisation, or the facility's region. */
function facilityScope(params: FactParams): RawBuilder<boolean> {
  const scope = params.scope;
  if (scope.kind === 'organisation') return sql<boolean>`f.organisation_id = ${scope.organisationId}`;
  if (scope.kind === 'region') return sql<boolean>`f.region = ${scope.region}`;
  return sql<boolean>`true`;
}

/**
 * Stays by the operator type and freedom of movement their facility had when each was recorded
 * (kept on the stay, migration 36): a facility that later lets residents leave does not turn its
 * earlier stays "free".
 */
export const shelterStays: FactSource = {
  fact: 'shelter_stays',
  source: 'national',
  day: true,
  recordType: 'stay',
  dimensions: {
    operator_type: true,
    free_movement: true,
    resident_group: true,
    stay_end: true,
    victim_standing: true,
  },
  durations: ['bed_nights'],
  rows: (params) => {
    const end = periodEndSql(sql`st.admitted_on`, params);
    return sql`select st.id as record_id, st.person_id, ${dayStartSql(sql`st.admitted_on`, params)} as at, st.admitted_on as day,
        st.operator_type, case when st.free_movement then 'free' else 'restricted' end as free_movement,
        st.resident_group,
        case when st.discharged_on is null or st.discharged_on >= ${end} then 'open' else st.discharge_reason end as stay_end,
        ${standingSql(end)} as victim_standing,
        (least(coalesce(st.discharged_on, ${end}), ${end}) - st.admitted_on)::float8 as bed_nights
      from shelter_stays st
      join shelter_facilities f on f.id = st.facility_id
      join persons p on p.id = st.person_id
      where ${inDays(sql`st.admitted_on`, params)} and ${facilityScope(params)}`;
  },
};

export const reflectionPeriods: FactSource = {
  fact: 'reflection_periods',
  source: 'national',
  day: true,
  recordType: 'reflection_period',
  dimensions: { victim_standing: true },
  durations: ['days'],
  rows: (params) =>
    sql`select r.id as record_id, r.person_id, ${dayStartSql(sql`r.started_on`, params)} as at, r.started_on as day,
        ${standingSql(periodEndSql(sql`r.started_on`, params))} as victim_standing,
        (r.ends_on - r.started_on + 1)::float8 as days
      from protection_reflection_periods r join persons p on p.id = r.person_id
      where ${inDays(sql`r.started_on`, params)} and ${ownerScope(params)}`,
};

export const residencePermits: FactSource = {
  fact: 'residence_permits',
  source: 'national',
  day: true,
  recordType: 'residence_permit',
  dimensions: { permit_type: true, permit_status: true },
  durations: [],
  rows: (params) =>
    sql`select r.id as record_id, r.person_id, ${dayStartSql(sql`r.applied_on`, params)} as at, r.applied_on as day, r.permit_type,
        case when r.decided_on is not null and r.decided_on < ${periodEndSql(sql`r.applied_on`, params)}
             then r.status else 'applied' end as permit_status
      from protection_residence_permits r ${ownerJoin(params, sql`r.person_id`)}
      where ${inDays(sql`r.applied_on`, params)} and ${ownerScope(params)}`,
};

export const returns: FactSource = {
  fact: 'returns',
  source: 'national',
  day: true,
  recordType: 'return',
  dimensions: { return_kind: true, victim_standing: true },
  durations: [],
  rows: (params) =>
    sql`select r.id as record_id, r.person_id, ${dayStartSql(sql`r.returned_on`, params)} as at, r.returned_on as day,
        r.kind as return_kind, ${standingSql(periodEndSql(sql`r.returned_on`, params))} as victim_standing
      from protection_returns r join persons p on p.id = r.person_id
      where ${inDays(sql`r.returned_on`, params)} and ${ownerScope(params)}`,
};

export const fundingAllocated: FactSource = {
  fact: 'funding_allocated',
  source: 'national',
  day: true,
  recordType: 'allocation',
  dimensions: { funding_recipient: true, funding_source: true },
  durations: ['amount'],
  rows: (params) => {
    const scope = params.scope;
    const inScope =
      scope.kind === 'organisation'
        ? sql`a.recipient_organisation_id = ${scope.organisationId}`
        : scope.kind === 'region'
          ? sql`ro.region = ${scope.region}`
          : sql`true`;
    return sql`select a.id as record_id, null::uuid as person_id, ${dayStartSql(sql`a.allocated_on`, params)} as at, a.allocated_on as day,
        a.recipient_type as funding_recipient, l.source as funding_source, a.amount::float8 as amount
      from funding_allocations a
      join funding_budget_lines l on l.id = a.budget_line_id
      join organisations ro on ro.id = a.recipient_organisation_id
      where ${inDays(sql`a.allocated_on`, params)} and a.currency = ${nationalCurrency} and ${inScope}`;
  },
};

/**
 * Money paid out of allocations, by the day it was paid, in the national currency (the
 * allocation's): on the service the payment names, or else its allocation's, where known.
 */
export const fundingDisbursed: FactSource = {
  fact: 'funding_disbursed',
  source: 'national',
  day: true,
  recordType: 'disbursement',
  dimensions: { spending_service: true, funding_recipient: true },
  durations: ['amount'],
  rows: (params) => {
    const scope = params.scope;
    const inScope =
      scope.kind === 'organisation'
        ? sql`a.recipient_organisation_id = ${scope.organisationId}`
        : scope.kind === 'region'
          ? sql`ro.region = ${scope.region}`
          : sql`true`;
    return sql`select d.id as record_id, null::uuid as person_id, ${dayStartSql(sql`d.disbursed_on`, params)} as at, d.disbursed_on as day,
        coalesce(d.service_type, a.service_type, 'unspecified') as spending_service,
        a.recipient_type as funding_recipient, d.amount::float8 as amount
      from funding_disbursements d
      join funding_allocations a on a.id = d.allocation_id
      join organisations ro on ro.id = a.recipient_organisation_id
      where ${inDays(sql`d.disbursed_on`, params)} and a.currency = ${nationalCurrency} and ${inScope}`;
  },
};

/**
 * Money delivered to persons as services, one row per delivery with an amount, in the currency it
 * was recorded in: the national one or another with a column (core's reportedCurrencies).
 */
export const serviceMoney: FactSource = {
  fact: 'service_money',
  source: 'national',
  day: true,
  recordType: 'service',
  dimensions: { service_type: true, money_currency: true, provider_type: true },
  durations: ['amount'],
  rows: (params) =>
    sql`select s.id as record_id, s.person_id, ${dayStartSql(sql`s.delivered_on`, params)} as at, s.delivered_on as day,
        s.service_type, s.currency as money_currency, o.provider_type, s.amount::float8 as amount
      from protection_services s
      join ${providers} o on o.id = s.provider_organisation_id
      join persons p on p.id = s.person_id
      where ${inDays(sql`s.delivered_on`, params)} and s.amount is not null
        and (s.currency = ${nationalCurrency} or s.currency in (${sql.join(reportedCurrencyCodes.map((c) => sql`${c}`))}))
        and ${ownerScope(params)}
      offset 0`,
};

export const protectionFactSources: readonly FactSource[] = [
  personServices,
  personsAssisted,
  allowancesPaid,
  allowancePayments,
  shelterStays,
  reflectionPeriods,
  residencePermits,
  returns,
  fundingAllocated,
  fundingDisbursed,
  serviceMoney,
];
