import { type RawBuilder, sql } from 'kysely';

/**
 * Every dated event on a person in every module, as (person_id, on_day): the day it happened,
 * not when it was recorded (a record of the historic import keeps its old date). A person's
 * retention clock is the latest of them (docs/security/retention.md). Registration counts too, so
 * that a person with nothing else recorded still has a clock.
 */
export const personEventsSql: RawBuilder<unknown> = sql`
  select id as person_id, (created_at at time zone 'UTC')::date as on_day from persons
  union all select person_id, (screened_at at time zone 'UTC')::date from screenings
  union all select person_id, decided_on from identification_decisions
  union all select person_id, greatest(sent_on, responded_on, closed_on) from referrals
  union all select person_id, given_on from consents
  union all select person_id, period_to from exploitations where period_to is not null
  union all select person_id, greatest(delivered_on, ended_on) from protection_services
  union all select person_id, as_of from protection_cooperation
  union all select person_id, greatest(started_on, ends_on) from protection_reflection_periods
  union all select person_id, greatest(applied_on, decided_on, valid_until) from protection_residence_permits
  union all select person_id, returned_on from protection_returns
  union all select person_id, greatest(admitted_on, discharged_on) from shelter_stays
  union all select person_id, occurred_on from victim_penalties
  union all select person_id, contacted_on from hotline_contacts where person_id is not null
  union all select person_id, testified_on from case_victims where testified_on is not null
  union all select cv.person_id, greatest(d.investigated_on, d.charged_on, d.trial_on, d.verdict_on,
      d.sentenced_on, d.appealed_on, d.final_on)
    from case_victims cv join case_defendants d on d.case_id = cv.case_id`;

/**
 * The holds on the person `p` as a text[] (empty: none): a linked criminal case with a defendant
 * neither finally judged nor closed, or with no defendant yet; a shelter stay not discharged; a
 * legal hold.
 */
export const personHoldsSql: RawBuilder<string[]> = sql<string[]>`array_remove(array[
    case when exists (
      select 1 from case_victims cv
       where cv.person_id = p.id
         and (not exists (select 1 from case_defendants d where d.case_id = cv.case_id)
              or exists (select 1 from case_defendants d
                          where d.case_id = cv.case_id and d.final_on is null and d.close_reason is null))
    ) then 'open_case' end,
    case when exists (select 1 from shelter_stays s where s.person_id = p.id and s.discharged_on is null)
      then 'open_stay' end,
    case when exists (select 1 from person_legal_holds h where h.person_id = p.id) then 'legal_hold' end
  ]::text[], null)`;
