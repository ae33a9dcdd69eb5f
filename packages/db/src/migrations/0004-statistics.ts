import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Reporting dates kept on the person, so the annual report reads one table per fact instead of
 * aggregating screenings and decisions for every person (1M persons: one index range scan).
 * Triggers keep them right whatever path writes a screening or a decision; they only ever move
 * a date earlier, so a later decision never moves a person into another year's report.
 */
const statements = [
  'alter table persons add column presumed_at timestamptz',
  'alter table persons add column identified_on date',
  'alter table persons add column first_decided_on date',
  `update persons p set presumed_at = s.first
     from (select person_id, min(screened_at) as first from screenings
           where outcome = 'presumed_victim' group by person_id) s
    where s.person_id = p.id`,
  `update persons p set identified_on = d.first
     from (select person_id, min(decided_on) as first from identification_decisions
           where outcome = 'identified' group by person_id) d
    where d.person_id = p.id`,
  `update persons p set first_decided_on = d.first
     from (select person_id, min(decided_on) as first from identification_decisions
           group by person_id) d
    where d.person_id = p.id`,
  `create function persons_track_presumed() returns trigger language plpgsql as $$
   begin
     if new.outcome = 'presumed_victim' then
       update persons set presumed_at = least(coalesce(presumed_at, new.screened_at), new.screened_at)
        where id = new.person_id;
     end if;
     return new;
   end $$`,
  `create trigger screenings_track_presumed after insert on screenings
     for each row execute function persons_track_presumed()`,
  `create function persons_track_decided() returns trigger language plpgsql as $$
   begin
     update persons set
       first_decided_on = least(coalesce(first_decided_on, new.decided_on), new.decided_on),
       identified_on = case when new.outcome = 'identified'
                            then least(coalesce(identified_on, new.decided_on), new.decided_on)
                            else identified_on end
      where id = new.person_id;
     return new;
   end $$`,
  `create trigger decisions_track_decided after insert on identification_decisions
     for each row execute function persons_track_decided()`,
  // One index per fact's date: a year's report is a range scan, not a sequential one.
  'create index persons_first_screened on persons (first_screened_at)',
  'create index persons_presumed_at on persons (presumed_at)',
  'create index persons_identified_on on persons (identified_on)',
  'create index persons_decision_due on persons (decision_due_at)',
  'create index referrals_sent_at on referrals (sent_at)',
];

export const statistics: Migration = {
  version: 4,
  name: 'statistics',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
