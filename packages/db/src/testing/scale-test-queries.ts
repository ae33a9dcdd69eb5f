import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * Persons whose stored reporting dates or status differ from what the screenings and decisions
 * say: the dates as migration 4 computes them (its backfill SQL), the status as recordDecision
 * leaves it (the last decision recorded), state_decided as any state body's decision. Empty when
 * all is right. For tests.
 */
export async function recomputeReportingDates(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ code: string }>`
    select p.code from persons p
      left join (select person_id, min(screened_at) as first_screened,
                        min(screened_at) filter (where outcome = 'presumed_victim') as presumed
                   from screenings group by person_id) s on s.person_id = p.id
      left join (select person_id, min(decided_on) as first,
                        min(decided_on) filter (where outcome = 'identified') as identified,
                        bool_or(deciding_body_type in ('Police', 'CourtOrProsecution', 'NonPoliceGovernmentalOrganization')) as state
                   from identification_decisions group by person_id) d on d.person_id = p.id
      left join lateral (select outcome, deciding_body_type, decided_on from identification_decisions x
                          where x.person_id = p.id order by recorded_at desc limit 1) last on true
     where p.presumed_at is distinct from s.presumed
        or p.first_decided_on is distinct from d.first
        or p.identified_on is distinct from d.identified
        or p.first_screened_at is distinct from s.first_screened
        or p.status is distinct from coalesce(last.outcome, 'presumed')
        or p.status_body_type is distinct from last.deciding_body_type
        or p.status_decided_at is distinct from (last.decided_on::timestamp at time zone 'UTC')
        or p.state_decided is distinct from coalesce(d.state, false)
        or (s.presumed is not null and p.decision_due_at is null)
     order by p.code limit 20`.execute(db);
  return rows.map((r) => r.code);
}

/** The figures of the generated persons a report would show, for comparing two generations. */
export async function readScaleFigures(db: Kysely<Database>): Promise<Record<string, number>> {
  const { rows } = await sql<{ k: string; n: number }>`
    with p as (select * from persons where created_at < '2026-01-01')
    select 'gender ' || gender as k, count(*)::int as n from p group by 1
    union all select 'year ' || extract(year from created_at), count(*)::int from p group by 1
    union all select 'status ' || status || ' ' || coalesce(status_body_type, '-'), count(*)::int from p group by 1
    union all select 'band ' || coalesce(age_band, '-'), count(*)::int from p group by 1
    union all select 'nationality ' || coalesce(citizenships[1], '-'), count(*)::int from p group by 1
    union all select 'presumed ' || coalesce(to_char(presumed_at, 'YYYY-MM'), '-'), count(*)::int from p group by 1
    union all select 'identified ' || coalesce(identified_on::text, '-'), count(*)::int from p group by 1
    union all select 'due ' || coalesce(to_char(decision_due_at, 'YYYY-MM-DD HH24'), '-'), count(*)::int from p group by 1
    union all select 'referral ' || r.status || ' ' || coalesce(to_char(r.responded_at, 'YYYY-MM-DD'), '-'), count(*)::int
      from referrals r join p on p.id = r.person_id group by 1
    union all select 'forms ' || array_to_string(e.forms, '+') || ' ' || array_to_string(e.exploitation_countries, '+'), count(*)::int
      from exploitations e join p on p.id = e.person_id group by 1
    union all select 'consent ' || c.means || ' ' || c.given_on, count(*)::int from consents c join p on p.id = c.person_id group by 1`.execute(
    db,
  );
  return Object.fromEntries(rows.map((r) => [r.k, r.n]));
}
