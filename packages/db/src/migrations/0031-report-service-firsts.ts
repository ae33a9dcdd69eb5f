import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * The protection service facts count a person's first delivery per period (person_services: per
 * service type too). Finding it sorted every delivery of two years at each report (416 399 at a
 * million persons, most of the facts' 1.2 s of CPU each; bench/RESULTS.md). Each delivery now
 * carries the day of the delivery before it in the same order the facts use (day, then recorded,
 * then id): `previous_of_type_on` among the person's deliveries of that type, `previous_on` among
 * all of them. A delivery is the first of its group in a period exactly when the one before it
 * is null or falls before the period begins, whatever the periods asked for, so the facts keep
 * their answers and read one index without sorting.
 *
 * Triggers keep the two columns right in the writing transaction on every path (use cases,
 * historic import, demo --scale COPY, corrections, deletes): the touched persons' deliveries are
 * recomputed after locking their person rows (as person_links does, migration 23), and only rows
 * whose value changed are written. The refresh itself sets only these two columns, so the update
 * trigger (on the columns the order reads) does not fire again.
 */
const previousOf = (where: string) => `
  select id,
    lag(delivered_on) over (partition by person_id, service_type order by delivered_on, recorded_at, id) as of_type,
    lag(delivered_on) over (partition by person_id order by delivered_on, recorded_at, id) as any_type
  from protection_services where ${where}`;

const setPrevious = (where: string) => `
  update protection_services s set previous_of_type_on = x.of_type, previous_on = x.any_type
    from (${previousOf(where)}) x
   where s.id = x.id
     and (s.previous_of_type_on is distinct from x.of_type or s.previous_on is distinct from x.any_type)`;

const statements: string[] = [
  'alter table protection_services add column previous_of_type_on date, add column previous_on date',
  `create function protection_services_refresh_previous(ids uuid[]) returns void language plpgsql as $$
   begin
     perform 1 from persons where id = any(ids) order by id for no key update;
     ${setPrevious('person_id = any(ids)')};
   end $$`,
  `create function protection_services_rows_changed() returns trigger language plpgsql as $$
   begin
     if tg_op = 'INSERT' then
       perform protection_services_refresh_previous(array(select distinct person_id from new_rows));
     elsif tg_op = 'DELETE' then
       perform protection_services_refresh_previous(array(select distinct person_id from old_rows));
     end if;
     return null;
   end $$`,
  `create function protection_services_row_changed() returns trigger language plpgsql as $$
   begin
     perform protection_services_refresh_previous(array[old.person_id, new.person_id]);
     return null;
   end $$`,
  `create trigger protection_services_previous_insert after insert on protection_services
     referencing new table as new_rows for each statement execute function protection_services_rows_changed()`,
  `create trigger protection_services_previous_delete after delete on protection_services
     referencing old table as old_rows for each statement execute function protection_services_rows_changed()`,
  `create trigger protection_services_previous_update
     after update of person_id, service_type, delivered_on, recorded_at, id on protection_services
     for each row execute function protection_services_row_changed()`,
  // Every existing delivery, once.
  setPrevious('true'),
  // The two facts read this index alone (delivered_on leads, so it serves every read by day).
  `create index protection_services_firsts on protection_services (delivered_on)
     include (person_id, service_type, provider_organisation_id, id, previous_of_type_on, previous_on)`,
  'drop index protection_services_delivered',
];

export const reportServiceFirsts: Migration = {
  version: 31,
  name: 'report-service-firsts',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
