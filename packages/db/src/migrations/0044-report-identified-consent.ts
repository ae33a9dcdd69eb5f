import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Victims identified by consent (whether a consent stood at the period's end) probed the
 * consents' index once per identified person: about 420 ms of CPU per report at a million
 * persons, the largest part left. Almost every person has one consent or none, so the person's
 * kept dimensions (migration 33) now also keep how many consents they have and, when it is
 * exactly one, its day and withdrawal: the figure reads those from the same index-only scan,
 * and probes the consents only for a person with two or more.
 *
 * Kept in the writing transaction by triggers on consents (every path: use cases, historic
 * import, demo --scale COPY, retention's deletes), after locking the person row in id order, as
 * migration 33's refresh does, so a consent's change and the person's apply one after the other.
 */
const keep = (ids: string) => `
  perform 1 from persons where id = any(${ids}) order by id for no key update;
  update person_report_dimensions d
     set consent_count = k.n, consent_given_on = k.given_on, consent_withdrawn_at = k.withdrawn_at
    from (select i.id, count(c.id)::int as n,
                 case when count(c.id) = 1 then min(c.given_on) end as given_on,
                 case when count(c.id) = 1 then min(c.withdrawn_at) end as withdrawn_at
            from unnest(${ids}) as i (id) left join consents c on c.person_id = i.id
           group by i.id) k
   where d.person_id = k.id
     and (d.consent_count, d.consent_given_on, d.consent_withdrawn_at)
         is distinct from (k.n, k.given_on, k.withdrawn_at)`;

const statements: string[] = [
  `alter table person_report_dimensions add column consent_count integer not null default 0,
     add column consent_given_on date, add column consent_withdrawn_at timestamptz`,
  `create function person_report_dimensions_refresh_consent(ids uuid[]) returns void language plpgsql as $$
   begin
     if coalesce(cardinality(ids), 0) = 0 then return; end if;
     ${keep('ids')};
   end $$`,
  `create function person_report_dimensions_consents_added() returns trigger language plpgsql as $$
   begin
     perform person_report_dimensions_refresh_consent(array(select distinct person_id from new_rows order by 1));
     return null;
   end $$`,
  `create trigger person_report_dimensions_consents_insert after insert on consents
     referencing new table as new_rows for each statement
     execute function person_report_dimensions_consents_added()`,
  `create function person_report_dimensions_consent_changed() returns trigger language plpgsql as $$
   begin
     if tg_op = 'DELETE' then
       perform person_report_dimensions_refresh_consent(array[old.person_id]);
     else
       perform person_report_dimensions_refresh_consent(
         array(select distinct x from unnest(array[old.person_id, new.person_id]) x order by 1));
     end if;
     return null;
   end $$`,
  `create trigger person_report_dimensions_consents_change
     after update of person_id, given_on, withdrawn_at or delete on consents
     for each row execute function person_report_dimensions_consent_changed()`,
  // Every existing person with a consent, once.
  `update person_report_dimensions d
      set consent_count = k.n, consent_given_on = k.given_on, consent_withdrawn_at = k.withdrawn_at
     from (select c.person_id, count(*)::int as n,
                  case when count(*) = 1 then min(c.given_on) end as given_on,
                  case when count(*) = 1 then min(c.withdrawn_at) end as withdrawn_at
             from consents c group by c.person_id) k
    where d.person_id = k.person_id`,
  'drop index person_report_dimensions_identified',
  `create index person_report_dimensions_identified on person_report_dimensions (identified_on)
     include (person_id, organisation_id, state_decided_on, sex, age_group, age_band, citizenships,
       exploitation, route, exploited_in, consent_count, consent_given_on, consent_withdrawn_at)
     where status = 'identified'`,
];

export const reportIdentifiedConsent: Migration = {
  version: 44,
  name: 'report-identified-consent',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
