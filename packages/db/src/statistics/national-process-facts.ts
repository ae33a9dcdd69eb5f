import { sql } from 'kysely';
import type { FactSource } from './fact-source.ts';
import { inRange, ownerScope } from './national-person-facts.ts';
import { ageGroupAtInstantSql, dayStartSql, localDaySql } from './person-dimensions.ts';

/**
 * Persons whose first decision fell due in the period (the working-day deadline set by the first
 * presumed screening), by whether it came on time. A decision still missing after its deadline
 * counts as late: that is what the coordinator must see.
 */
export const decisionsDue: FactSource = {
  fact: 'decisions_due',
  source: 'national',
  recordType: 'person',
  dimensions: { decision_timeliness: true, decision_outcome: true, age_group: true },
  durations: ['screening_to_decision'],
  rows: (params) => sql`select p.id as record_id, p.id as person_id, p.decision_due_at as at,
      case when p.first_decided_on is not null
             then case when p.first_decided_on <= ${localDaySql(sql`p.decision_due_at`, params)} then 'on_time' else 'late' end
           when p.decision_due_at < ${params.asOf} then 'late' else 'pending' end as decision_timeliness,
      case when p.first_decided_on is null then 'none'
           when p.status = 'identified' then 'identified' else 'not_victim' end as decision_outcome,
      ${ageGroupAtInstantSql(sql`p.decision_due_at`, 'other', params)} as age_group,
      (p.first_decided_on - ${localDaySql(sql`p.first_screened_at`, params)})::float8 as screening_to_decision
    from persons p
    where ${inRange(sql`p.decision_due_at`, params)} and ${ownerScope(params)}`,
};

/**
 * Referrals by the day they were sent, answered on time or late by the day they were answered
 * (not when either was recorded: a country's 2014 referrals loaded today count in 2014). A
 * referral counts for both the sender's and the recipient's scope.
 */
export const referralsSent: FactSource = {
  fact: 'referrals_sent',
  source: 'national',
  recordType: 'referral',
  dimensions: {
    sender_type: true,
    recipient_type: true,
    referral_status: true,
    response_timeliness: true,
    identity_basis: true,
  },
  durations: ['days_to_answer'],
  day: true,
  rows: (params) => {
    const scope = params.scope;
    const inScope =
      scope.kind === 'organisation'
        ? sql`(r.from_organisation_id = ${scope.organisationId} or r.to_organisation_id = ${scope.organisationId})`
        : scope.kind === 'region'
          ? sql`(fo.region = ${scope.region} or tor.region = ${scope.region})`
          : sql`true`;
    return sql`select r.id as record_id, r.person_id, ${dayStartSql(sql`r.sent_on`, params)} as at, r.sent_on as day,
        fo.type as sender_type, tor.type as recipient_type, r.status as referral_status,
        case when r.responded_on is not null
               then case when r.responded_on <= ${localDaySql(sql`r.respond_by`, params)} then 'on_time' else 'late' end
             when r.status = 'sent' and r.respond_by < ${params.asOf} then 'overdue'
             when r.status = 'sent' then 'pending'
             else 'withdrawn_unanswered' end as response_timeliness,
        case when not r.share_identity then 'not_shared' when r.override_reason is not null then 'override'
             when r.child_rule then 'child_rule' else 'consent' end as identity_basis,
        (r.responded_on - r.sent_on)::float8 as days_to_answer
      from referrals r
      join organisations fo on fo.id = r.from_organisation_id
      join organisations tor on tor.id = r.to_organisation_id
      where r.sent_on >= ${params.from}::date and r.sent_on < ${params.to}::date and ${inScope}`;
  },
};
