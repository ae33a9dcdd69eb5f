import { sql } from 'kysely';
import type { Migration } from './migration.ts';

const stateBodies = `('Police', 'CourtOrProsecution', 'NonPoliceGovernmentalOrganization')`;

/**
 * The day a state body first decided on the person, kept like migration 4's reporting dates:
 * the report says "identified by the state" as it stood at the end of the period (core's
 * identifyingBodyAt), so a police decision of 2015 does not turn a 2014 NGO identification into
 * a state one in the 2014 report. `state_decided` stays what the person page shows today.
 * The state bodies are core's stateDecidingBodyTypes.
 */
const statements = [
  'alter table persons add column state_decided_on date',
  `update persons p set state_decided_on = d.first
     from (select person_id, min(decided_on) as first from identification_decisions
           where deciding_body_type in ${stateBodies} group by person_id) d
    where d.person_id = p.id`,
  `create or replace function persons_track_decided() returns trigger language plpgsql as $$
   begin
     update persons set
       first_decided_on = least(coalesce(first_decided_on, new.decided_on), new.decided_on),
       identified_on = case when new.outcome = 'identified'
                            then least(coalesce(identified_on, new.decided_on), new.decided_on)
                            else identified_on end,
       state_decided_on = case when new.deciding_body_type in ${stateBodies}
                               then least(coalesce(state_decided_on, new.decided_on), new.decided_on)
                               else state_decided_on end
      where id = new.person_id;
     return new;
   end $$`,
];

export const stateDecidedOn: Migration = {
  version: 13,
  name: 'state-decided-on',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
