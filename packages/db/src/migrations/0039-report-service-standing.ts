import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * The two service facts state each first delivery's person as at its period's end (presumed,
 * identified by the state or by an NGO only, not a victim): a probe of the person per delivery,
 * more than half of each fact's CPU at a million persons (416 399 probes; bench/RESULTS.md). The
 * person's three dates that decide it are now kept with each delivery, so a national report
 * reads them from the index the facts already walk: `standing_identified_on` (persons.identified_on),
 * `standing_state_on` (state_decided_on), `standing_not_victim_on` (first_decided_on of a person
 * whose status is not_victim). Whatever the period, the standing follows from these as it did from
 * the person (core's victimStandingAt).
 *
 * Kept in the writing transaction on every path: migration 31's refresh, which every insert,
 * delete and move of a delivery already runs (after locking the person rows), now also copies
 * the dates; and a statement trigger on persons runs it for the persons whose dates or status an
 * UPDATE changed (decisions write them through migration 4's triggers, corrections and the
 * historic import directly). Only rows whose values differ are written.
 */
const keptFrom = `
  select s.id,
    lag(s.delivered_on) over (partition by s.person_id, s.service_type order by s.delivered_on, s.recorded_at, s.id) as of_type,
    lag(s.delivered_on) over (partition by s.person_id order by s.delivered_on, s.recorded_at, s.id) as any_type,
    p.identified_on, p.state_decided_on as state_on,
    case when p.status = 'not_victim' then p.first_decided_on end as not_victim_on
  from protection_services s join persons p on p.id = s.person_id`;

const setKept = (where: string) => `
  update protection_services s set previous_of_type_on = x.of_type, previous_on = x.any_type,
      standing_identified_on = x.identified_on, standing_state_on = x.state_on, standing_not_victim_on = x.not_victim_on
    from (${keptFrom} where ${where}) x
   where s.id = x.id
     and (s.previous_of_type_on is distinct from x.of_type or s.previous_on is distinct from x.any_type
       or s.standing_identified_on is distinct from x.identified_on or s.standing_state_on is distinct from x.state_on
       or s.standing_not_victim_on is distinct from x.not_victim_on)`;

const statements: string[] = [
  `alter table protection_services add column standing_identified_on date, add column standing_state_on date,
     add column standing_not_victim_on date`,
  `create or replace function protection_services_refresh_previous(ids uuid[]) returns void language plpgsql as $$
   begin
     if coalesce(cardinality(ids), 0) = 0 then return; end if;
     perform 1 from persons where id = any(ids) order by id for no key update;
     ${setKept('s.person_id = any(ids)')};
   end $$`,
  `create function protection_services_persons_changed() returns trigger language plpgsql as $$
   begin
     perform protection_services_refresh_previous(array(
       select n.id from new_rows n join old_rows o on o.id = n.id
        where n.identified_on is distinct from o.identified_on or n.state_decided_on is distinct from o.state_decided_on
           or n.status is distinct from o.status or n.first_decided_on is distinct from o.first_decided_on
        order by n.id));
     return null;
   end $$`,
  `create trigger protection_services_standing after update on persons
     referencing old table as old_rows new table as new_rows
     for each statement execute function protection_services_persons_changed()`,
  // Every existing delivery, once.
  setKept('true'),
  // The facts read this index alone, now with the standing dates.
  'drop index protection_services_firsts',
  `create index protection_services_firsts on protection_services (delivered_on)
     include (person_id, service_type, provider_organisation_id, id, previous_of_type_on, previous_on,
              standing_identified_on, standing_state_on, standing_not_victim_on)`,
];

export const reportServiceStanding: Migration = {
  version: 39,
  name: 'report-service-standing',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
