import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * victims_identified recomputed every identified person's dimensions from the persons row (a
 * random read of a wide row each) and the exploitation arrays (a hash of every exploitation) at
 * each report: 1.8 s of CPU of the report's 6.5 at a million persons (bench/RESULTS.md).
 * `person_report_dimensions` keeps, per person, what those dimensions are made of, already
 * folded: sex, age group at identification, age band, the form of exploitation, and the part of
 * the trafficking scope that the route alone decides (`route`: 'transnational' or 'unknown';
 * null when the citizenships decide, against `exploited_in`). The citizenships are kept as they
 * are: nationality and scope compare them with the country code, a setting, at report time.
 * The folds are person-dimensions.ts's expressions (sexSql, ageGroupAtSql at identification,
 * ageBandSql, exploitationSql, scopeSql's first two branches), held equal by the brute-force
 * tests of the report (annual-report, foreign-national-scope, seed-2014 figures), which count
 * with core's definitions.
 *
 * Triggers keep the row right in the writing transaction on every path (use cases, decisions,
 * historic import, demo --scale COPY, corrections, deletes cascade): after locking the person
 * row, as person_links does (migration 23), so a change of the person and one of its
 * exploitation in two transactions apply one after the other.
 */
const folded = `
  p.id as person_id, p.organisation_id, p.status, p.identified_on, p.state_decided_on,
  case p.gender when 'Feminine' then 'female' when 'Masculine' then 'male'
    when 'NonSpecifiedUnknown' then 'unknown' else 'other' end as sex,
  case when p.child_at_identification then 'child' when p.child_at_identification = false then 'adult'
    when p.birth_year + 17 >= date_part('year', p.identified_on) then 'child'
    when p.birth_year + 18 < date_part('year', p.identified_on) then 'adult'
    when p.birth_year + 18 = date_part('year', p.identified_on)
      and p.identified_on >= make_date(p.birth_year + 18, 12, 31) then 'adult'
    else 'unknown' end as age_group,
  case when p.age_band is null then 'unknown'
    when p.age_band in ('9-11', '12-14', '15-17') then '9-17' else p.age_band end as age_band,
  p.citizenships,
  case when e.forms is null or cardinality(e.forms) = 0 then 'unknown'
    when e.forms @> array['SexualExploitation']::text[]
      and e.forms && array['ForcedLabour', 'ChildLabour', 'DomesticServitude', 'Servitude']::text[] then 'sexual_and_labour'
    when e.forms @> array['SexualExploitation']::text[] then 'sexual'
    when e.forms && array['ForcedLabour', 'ChildLabour', 'DomesticServitude', 'Servitude']::text[] then 'labour'
    else 'other' end as exploitation,
  case when e.exploitation_countries is null or cardinality(e.exploitation_countries) = 0
      then case when not (e.recruitment_countries || e.transit_countries)
                  <@ array[(e.recruitment_countries || e.transit_countries)[1]] then 'transnational' else 'unknown' end
    when not (e.exploitation_countries <@ array[e.exploitation_countries[1]]
              and e.recruitment_countries <@ array[e.exploitation_countries[1]]
              and e.transit_countries <@ array[e.exploitation_countries[1]]) then 'transnational'
    end as route,
  e.exploitation_countries[1] as exploited_in`;

const columns =
  'person_id, organisation_id, status, identified_on, state_decided_on, sex, age_group, age_band, citizenships, exploitation, route, exploited_in';

const upsert = (from: string, where = 'true') => `
  insert into person_report_dimensions (${columns})
  select ${folded} from ${from} left join exploitations e on e.person_id = p.id where ${where}
  on conflict (person_id) do update set
    organisation_id = excluded.organisation_id, status = excluded.status,
    identified_on = excluded.identified_on, state_decided_on = excluded.state_decided_on,
    sex = excluded.sex, age_group = excluded.age_group, age_band = excluded.age_band,
    citizenships = excluded.citizenships, exploitation = excluded.exploitation,
    route = excluded.route, exploited_in = excluded.exploited_in`;

const statements: string[] = [
  `create table person_report_dimensions (
    person_id uuid primary key references persons (id) on delete cascade,
    organisation_id uuid not null,
    status text not null,
    identified_on date,
    state_decided_on date,
    sex text not null,
    age_group text not null,
    age_band text not null,
    citizenships text[] not null,
    exploitation text not null,
    route text,
    exploited_in text
  )`,
  `create function person_report_dimensions_refresh(ids uuid[]) returns void language plpgsql as $$
   begin
     perform 1 from persons where id = any(ids) order by id for no key update;
     ${upsert('persons p', 'p.id = any(ids)')};
   end $$`,
  `create function person_report_dimensions_persons_inserted() returns trigger language plpgsql as $$
   begin
     ${upsert('new_rows p')};
     return null;
   end $$`,
  `create function person_report_dimensions_person_changed() returns trigger language plpgsql as $$
   begin
     perform person_report_dimensions_refresh(array[new.id]);
     return null;
   end $$`,
  `create function person_report_dimensions_exploitations_inserted() returns trigger language plpgsql as $$
   begin
     perform person_report_dimensions_refresh(array(select distinct person_id from new_rows));
     return null;
   end $$`,
  `create function person_report_dimensions_exploitation_changed() returns trigger language plpgsql as $$
   begin
     if tg_op = 'DELETE' then
       perform person_report_dimensions_refresh(array[old.person_id]);
     else
       perform person_report_dimensions_refresh(array[old.person_id, new.person_id]);
     end if;
     return null;
   end $$`,
  `create trigger person_report_dimensions_persons_insert after insert on persons
     referencing new table as new_rows for each statement
     execute function person_report_dimensions_persons_inserted()`,
  `create trigger person_report_dimensions_persons_update
     after update of organisation_id, status, identified_on, state_decided_on, gender, birth_year,
       child_at_identification, age_band, citizenships on persons
     for each row execute function person_report_dimensions_person_changed()`,
  `create trigger person_report_dimensions_exploitations_insert after insert on exploitations
     referencing new table as new_rows for each statement
     execute function person_report_dimensions_exploitations_inserted()`,
  `create trigger person_report_dimensions_exploitations_change
     after update of person_id, forms, recruitment_countries, transit_countries, exploitation_countries
       or delete on exploitations
     for each row execute function person_report_dimensions_exploitation_changed()`,
  // Every existing person, once.
  upsert('persons p'),
  // victims_identified reads its two years from this index alone.
  `create index person_report_dimensions_identified on person_report_dimensions (identified_on)
     include (person_id, organisation_id, state_decided_on, sex, age_group, age_band, citizenships,
       exploitation, route, exploited_in)
     where status = 'identified'`,
];

export const personReportDimensions: Migration = {
  version: 33,
  name: 'person-report-dimensions',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
