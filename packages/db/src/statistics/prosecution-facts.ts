import { defaultSentenceBands, sentenceBandCode } from '@opennrm/core';
import { type RawBuilder, sql } from 'kysely';
import type { FactParams, FactSource } from './fact-source.ts';
import { dayStartSql, sexSql } from './person-dimensions.ts';

/**
 * The prosecution figures (core/src/statistics/catalogue/prosecution-catalogue.ts). Each reads
 * its own table by the indexed day of its event; a defendant's facts join their case by its
 * primary key for the forms of exploitation and the scope. Cases are not about one person:
 * `person_id` is null, except for victims' testimonies and penalties.
 */

/**
 * core's exploitation folding (as for persons) over the forms named in the case, kept with the
 * case by PostgreSQL (a generated column, migration 38): four array comparisons per row were half
 * of a defendant fact's CPU.
 */
const exploitation = sql`c.exploitation_group`;

const caseComplicity = sql`case when c.complicity then 'official_involved' else 'none' end`;
const defendantComplicity = sql`case when d.public_official then 'official_involved' else 'none' end`;
const defendantSex = sql`case d.sex when 'female' then 'female' when 'male' then 'male' else 'unknown' end`;

/**
 * Organisation scope: the opening body's and the assigned prosecutor's cases, without the
 * complicity compartment unless the scope says the reader may know of it (report-scope.ts);
 * region: the opener's.
 */
function caseScope(params: FactParams): RawBuilder<boolean> {
  const scope = params.scope;
  if (scope.kind === 'organisation')
    return sql<boolean>`(c.organisation_id = ${scope.organisationId} or c.prosecutor_organisation_id = ${scope.organisationId})
      and ${scope.complicity === true ? sql`true` : sql`not c.complicity`}`;
  if (scope.kind === 'region')
    return sql<boolean>`c.organisation_id in (select id from organisations where region = ${scope.region})`;
  return sql<boolean>`true`;
}

/**
 * A defendant's case, for the exploitation group and the scope. A national report needs neither
 * the case's owner nor its compartment: the group kept with the defendant (migration 40) is
 * enough, and no case is read.
 */
function defendantCase(params: FactParams) {
  return params.scope.kind === 'national'
    ? { exploitation: sql`d.case_exploitation`, join: sql`` }
    : { exploitation, join: sql`join criminal_cases c on c.id = d.case_id` };
}

const inDays = (column: RawBuilder<unknown>, params: FactParams) =>
  sql<boolean>`${column} >= ${params.from}::date and ${column} < ${params.to}::date`;

export const criminalCases: FactSource = {
  fact: 'criminal_cases',
  source: 'national',
  day: true,
  recordType: 'criminal_case',
  dimensions: { exploitation: true, complicity: true, case_opening_body: true },
  durations: [],
  rows: (
    params,
  ) => sql`select c.id as record_id, null::uuid as person_id, ${dayStartSql(sql`c.opened_on`, params)} as at, c.opened_on as day,
      ${exploitation} as exploitation, ${caseComplicity} as complicity, c.opened_by as case_opening_body
    from criminal_cases c
    where ${inDays(sql`c.opened_on`, params)} and ${caseScope(params)}`,
};

/** Defendants by the day of one of their stages (`day`: an indexed date column of case_defendants). */
function defendantFact(fact: string, day: 'investigated_on' | 'charged_on' | 'verdict_on'): FactSource {
  const on = sql.ref(`d.${day}`);
  const judged = day === 'verdict_on';
  return {
    fact,
    source: 'national',
    day: true,
    recordType: 'defendant',
    dimensions: {
      exploitation: true,
      defendant_kind: true,
      complicity: true,
      sex: true,
      ...(judged ? { verdict: true as const } : {}),
    },
    durations: [],
    rows: (params) => {
      const theCase = defendantCase(params);
      return sql`select d.id as record_id, null::uuid as person_id, ${dayStartSql(on, params)} as at, ${on} as day,
        ${theCase.exploitation} as exploitation, d.kind as defendant_kind, ${defendantComplicity} as complicity,
        ${defendantSex} as sex${judged ? sql`, d.verdict as verdict` : sql``}
      from case_defendants d ${theCase.join}
      where ${inDays(on, params)} and ${caseScope(params)}`;
    },
  };
}

export const suspectsInvestigated = defendantFact('suspects_investigated', 'investigated_on');
export const defendantsCharged = defendantFact('defendants_charged', 'charged_on');
export const defendantsJudged = defendantFact('defendants_judged', 'verdict_on');

/** Prison to be served: a term not suspended. */
const served = sql`(d.prison_months > 0 and not coalesce(d.suspended, false))`;

/**
 * The configured bands as a CASE over bound parameters (validated: ordered, adjacent, from 0,
 * the last open-ended), each from its lower bound up to but not including the upper one. A CASE
 * and not a join to a VALUES list: it stays a plain expression, so the scan can run in parallel.
 */
function sentenceBand(params: FactParams) {
  const bands = params.sentenceBands ?? defaultSentenceBands;
  const limited = bands.flatMap((band) =>
    band.toMonths === null
      ? []
      : [sql`when d.prison_months < ${band.toMonths}::int then ${sentenceBandCode(band)}::text`],
  );
  const open = bands.at(-1)!;
  return sql`case
  when ${served} then case ${sql.join(limited, sql` `)} else ${sentenceBandCode(open)}::text end
  when d.prison_months > 0 then 'suspended'
  when d.fine > 0 then 'fine_only'
  else 'other_non_custodial' end`;
}

export const sentences: FactSource = {
  fact: 'sentences',
  source: 'national',
  day: true,
  recordType: 'defendant',
  dimensions: {
    sentence_kind: true,
    sentence_band: true,
    sentence_history: true,
    exploitation: true,
    complicity: true,
  },
  durations: ['prison_months', 'compensation_ordered', 'compensation_paid'],
  rows: (params) => {
    const theCase = defendantCase(params);
    return sql`select d.id as record_id, null::uuid as person_id, ${dayStartSql(sql`d.sentenced_on`, params)} as at, d.sentenced_on as day,
      case when ${served} then 'prison' when d.prison_months > 0 then 'suspended' when d.fine > 0 then 'fine_only'
        else 'other_non_custodial' end as sentence_kind,
      ${sentenceBand(params)} as sentence_band,
      case when d.sentence_replaced = 0 then 'as_pronounced' when d.sentence_reduced then 'reduced' else 'replaced' end
        as sentence_history,
      ${theCase.exploitation} as exploitation, ${defendantComplicity} as complicity,
      case when ${served} then d.prison_months::float8 end as prison_months,
      d.compensation_ordered::float8 as compensation_ordered, d.compensation_paid::float8 as compensation_paid
    from case_defendants d ${theCase.join}
    where ${inDays(sql`d.sentenced_on`, params)} and d.verdict = 'convicted' and d.prison_months is not null
      and ${caseScope(params)}`;
  },
};

/**
 * Cases pending as at the last day of each requested period: opened before the period ended,
 * with no defendant named by then or one without a verdict by then. One row per case and period,
 * placed on the period's last day; in court when such a defendant was charged by then. Read as
 * two sets that never meet (migration 42): the defendants without a verdict at the earliest end
 * (index-only, by verdict day), grouped by case and period; and the cases nobody had been named
 * in by a period's end (`case_first_named`, kept by triggers). Neither reads every case.
 */
export const casesPending: FactSource = {
  fact: 'cases_pending',
  source: 'national',
  day: true,
  recordType: 'criminal_case',
  dimensions: { pending_stage: true, exploitation: true, complicity: true },
  durations: [],
  rows: (params) => {
    const ends = params.periods.map((p) => sql`${p.to}::date`);
    const first = sql`least(${sql.join(ends, sql`, `)})`;
    const last = sql`greatest(${sql.join(ends, sql`, `)})`;
    const periodEnds = sql`(values ${sql.join(
      ends.map((end) => sql`(${end})`),
      sql`, `,
    )}) as per (ends_on)`;
    // Two index ranges rather than "verdict_on is null or ...", which would need the table.
    const open = sql`select d.case_id, d.investigated_on, d.charged_on, d.verdict_on from case_defendants d
        where d.verdict_on is null and d.investigated_on < ${last}
      union all
      select d.case_id, d.investigated_on, d.charged_on, d.verdict_on from case_defendants d
        where d.verdict_on >= ${first} and d.investigated_on < ${last}`;
    const unnamed = sql`select n.case_id, n.first_named_on from case_first_named n where n.first_named_on is null
      union all
      select n.case_id, n.first_named_on from case_first_named n where n.first_named_on >= ${first}`;
    return sql`select c.id as record_id, null::uuid as person_id,
        ${dayStartSql(sql`pend.ends_on - 1`, params)} as at, pend.ends_on - 1 as day,
        case when pend.in_court then 'court' else 'investigation' end as pending_stage,
        ${exploitation} as exploitation, ${caseComplicity} as complicity
      from (select o.case_id, per.ends_on, bool_or(o.charged_on < per.ends_on) as in_court
              from (${open}) o cross join ${periodEnds}
             where o.investigated_on < per.ends_on and (o.verdict_on is null or o.verdict_on >= per.ends_on)
             group by o.case_id, per.ends_on
            union all
            select u.case_id, per.ends_on, false
              from (${unnamed}) u cross join ${periodEnds}
             where u.first_named_on is null or u.first_named_on >= per.ends_on) pend (case_id, ends_on, in_court)
      join criminal_cases c on c.id = pend.case_id
      where c.opened_on < pend.ends_on and ${caseScope(params)}`;
  },
};

export const administrativeMeasures: FactSource = {
  fact: 'administrative_measures',
  source: 'national',
  day: true,
  recordType: 'administrative_measure',
  dimensions: { administrative_measure: true },
  durations: [],
  rows: (
    params,
  ) => sql`select m.id as record_id, null::uuid as person_id, ${dayStartSql(sql`m.decided_on`, params)} as at, m.decided_on as day,
      m.measure as administrative_measure
    from administrative_measures m
    join case_defendants d on d.id = m.defendant_id join criminal_cases c on c.id = d.case_id
    where ${inDays(sql`m.decided_on`, params)} and ${caseScope(params)}`,
};

/**
 * The sex is the person's kept report dimension (migration 33, the same words as sexSql), probed
 * per victim (`offset 0`): a join let PostgreSQL hash all million persons for 39 000 victims.
 */
export const victimsTestified: FactSource = {
  fact: 'victims_testified',
  source: 'national',
  day: true,
  recordType: 'case_victim',
  dimensions: { victim_role: true, sex: true },
  durations: [],
  rows: (
    params,
  ) => sql`select v.case_id as record_id, v.person_id, ${dayStartSql(sql`v.testified_on`, params)} as at, v.testified_on as day,
      v.role as victim_role, p.sex
    from case_victims v ${params.scope.kind === 'national' ? sql`` : sql`join criminal_cases c on c.id = v.case_id`}
    join lateral (select d.sex from person_report_dimensions d where d.person_id = v.person_id offset 0) p on true
    where ${inDays(sql`v.testified_on`, params)} and ${caseScope(params)}`,
};

export const victimsPenalised: FactSource = {
  fact: 'victims_penalised',
  source: 'national',
  day: true,
  recordType: 'victim_penalty',
  dimensions: { victim_penalty: true, sex: true },
  durations: [],
  rows: (params) => {
    const scope = params.scope;
    const inScope =
      scope.kind === 'organisation'
        ? sql`(vp.organisation_id = ${scope.organisationId} or p.organisation_id = ${scope.organisationId})`
        : scope.kind === 'region'
          ? sql`p.organisation_id in (select id from organisations where region = ${scope.region})`
          : sql`true`;
    return sql`select vp.id as record_id, vp.person_id, ${dayStartSql(sql`vp.occurred_on`, params)} as at, vp.occurred_on as day,
        vp.penalty as victim_penalty, ${sexSql} as sex
      from victim_penalties vp join persons p on p.id = vp.person_id
      where ${inDays(sql`vp.occurred_on`, params)} and ${inScope}`;
  },
};

/** Compensation paid, by the indexed day of each payment; the defendant and case by primary key. */
export const compensationPayments: FactSource = {
  fact: 'compensation_payments',
  source: 'national',
  day: true,
  recordType: 'compensation_payment',
  dimensions: { exploitation: true, complicity: true },
  durations: ['amount'],
  rows: (
    params,
  ) => sql`select cp.id as record_id, null::uuid as person_id, ${dayStartSql(sql`cp.paid_on`, params)} as at, cp.paid_on as day,
      ${exploitation} as exploitation, ${defendantComplicity} as complicity, cp.amount::float8 as amount
    from compensation_payments cp
    join case_defendants d on d.id = cp.defendant_id join criminal_cases c on c.id = d.case_id
    where ${inDays(sql`cp.paid_on`, params)} and ${caseScope(params)}`,
};

export const prosecutionFactSources: readonly FactSource[] = [
  criminalCases,
  suspectsInvestigated,
  defendantsCharged,
  defendantsJudged,
  sentences,
  casesPending,
  administrativeMeasures,
  victimsTestified,
  victimsPenalised,
  compensationPayments,
];
