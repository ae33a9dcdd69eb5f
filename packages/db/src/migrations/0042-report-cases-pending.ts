import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Cases pending at a period's end (a case opened by then with nobody named by then, or with a
 * defendant named by then and without a verdict by then) grouped every defendant ever named by
 * case and hashed every case ever opened: about 430 ms of CPU per report at a million persons.
 * Two sets now answer it, each read from an index:
 * - the defendants without a verdict at the earliest period's end (`case_defendants_open`:
 *   the verdict day first, with what the fact reads, so the scan is index-only);
 * - the cases with nobody named before a period's end, from `case_first_named`: one row per case
 *   with the day its first defendant was named (null: nobody yet), kept by triggers.
 * The case's own row is then read by its key from `criminal_cases_report` (index-only).
 *
 * Why a table of its own and not a column of criminal_cases: a defendant's change would then
 * lock its case's row after locking its own, while a change of the case's forms locks the case
 * and then its defendants (migration 40): two such writers at once would deadlock. Here the
 * defendants' triggers lock only this table's row (in case order, before reading), so writers
 * to one case's defendants take turns and nobody else waits.
 */
const statements: string[] = [
  `create table case_first_named (
     case_id uuid primary key references criminal_cases(id) on delete cascade,
     first_named_on date
   )`,
  'create index case_first_named_on on case_first_named (first_named_on)',
  `create function case_first_named_refresh(ids uuid[]) returns void language plpgsql as $$
   begin
     if coalesce(cardinality(ids), 0) = 0 then return; end if;
     -- Lock, then read in a new statement: a writer that held the lock before has committed, and
     -- this statement's snapshot sees its defendants.
     perform 1 from case_first_named where case_id = any(ids) order by case_id for update;
     update case_first_named n set first_named_on = m.first
       from (select k.case_id, (select min(d.investigated_on) from case_defendants d where d.case_id = k.case_id) as first
               from case_first_named k where k.case_id = any(ids)) m
      where m.case_id = n.case_id and n.first_named_on is distinct from m.first;
   end $$`,
  `create function case_first_named_cases_added() returns trigger language plpgsql as $$
   begin
     insert into case_first_named (case_id, first_named_on)
       select n.id, (select min(d.investigated_on) from case_defendants d where d.case_id = n.id) from new_rows n;
     return null;
   end $$`,
  `create trigger criminal_cases_first_named_insert after insert on criminal_cases
     referencing new table as new_rows for each statement execute function case_first_named_cases_added()`,
  `create function case_first_named_defendants_added() returns trigger language plpgsql as $$
   begin
     perform case_first_named_refresh(array(select distinct case_id from new_rows order by 1));
     return null;
   end $$`,
  `create trigger case_defendants_first_named_insert after insert on case_defendants
     referencing new table as new_rows for each statement execute function case_first_named_defendants_added()`,
  `create function case_first_named_defendants_removed() returns trigger language plpgsql as $$
   begin
     perform case_first_named_refresh(array(select distinct case_id from old_rows order by 1));
     return null;
   end $$`,
  `create trigger case_defendants_first_named_delete after delete on case_defendants
     referencing old table as old_rows for each statement execute function case_first_named_defendants_removed()`,
  `create function case_first_named_defendant_changed() returns trigger language plpgsql as $$
   begin
     perform case_first_named_refresh(array(select distinct c from unnest(array[old.case_id, new.case_id]) c order by 1));
     return null;
   end $$`,
  `create trigger case_defendants_first_named_update after update of case_id, investigated_on on case_defendants
     for each row when (old.case_id is distinct from new.case_id or old.investigated_on is distinct from new.investigated_on)
     execute function case_first_named_defendant_changed()`,
  // Every existing case, once.
  `insert into case_first_named (case_id, first_named_on)
     select c.id, m.first from criminal_cases c
     left join (select case_id, min(investigated_on) as first from case_defendants group by case_id) m on m.case_id = c.id`,
  'create index case_defendants_open on case_defendants (verdict_on) include (case_id, investigated_on, charged_on)',
  // The open-defendants index serves every read by verdict day the old one served.
  'drop index case_defendants_verdict_on',
  'create index criminal_cases_report on criminal_cases (id) include (opened_on, exploitation_group, complicity)',
];

export const reportCasesPending: Migration = {
  version: 42,
  name: 'report-cases-pending',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
