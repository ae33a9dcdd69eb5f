import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Lists that read a page, not the country (issue 21). `person_links` holds, per organisation and
 * person, every way the organisation stands to the record (core's `PersonRelation`: owner,
 * share_target, recipient_pending, recipient_accepted) and which of those links carry identity:
 * the facts `policy/person-access-policy.ts` decides on, one row per organisation so that an
 * index on (organisation, sort key) walks the visible set in the page's order. The decision stays
 * in core: `policy/person-list-access.ts` turns the access table into the relation sets a list
 * filters on.
 *
 * Triggers keep the rows in step with persons, shares and referrals in the writing transaction
 * itself, so every path (use cases, historic import, demo --scale COPY) is covered: inserts are
 * statement triggers over the new rows (one pass per COPY batch); changes of a share or a
 * referral recompute the persons concerned after locking their person rows, so two transactions
 * changing one person's links apply one after the other and the second sees the first's links.
 */
const relationsOf = `
  select p.organisation_id as organisation_id, 'owner'::text as relation, true as identity
  union all
  select a.organisation_id, 'share_target', a.share_identity
    from person_access a where a.person_id = p.id and a.until is null
  union all
  select r.to_organisation_id,
         case r.status when 'sent' then 'recipient_pending' else 'recipient_accepted' end,
         r.share_identity
    from referrals r where r.person_id = p.id and r.status in ('sent', 'accepted')`;

const insertLinks = (where: string) => `
  insert into person_links (organisation_id, person_id, created_at, code, relations, identity_relations)
  select l.organisation_id, p.id, p.created_at, p.code,
         array_agg(distinct l.relation order by l.relation),
         coalesce(array_agg(distinct l.relation order by l.relation) filter (where l.identity), '{}')
    from persons p cross join lateral (${relationsOf}) l
   where ${where}
   group by l.organisation_id, p.id, p.created_at, p.code`;

const statements: string[] = [
  `create table person_links (
    organisation_id uuid not null,
    person_id uuid not null references persons (id) on delete cascade,
    created_at timestamptz not null,
    code text not null,
    relations text[] not null,
    identity_relations text[] not null,
    primary key (organisation_id, person_id)
  )`,
  // The sort orders of the persons list (newest/oldest; code up/down), each a walk of one index;
  // the relation sets ride in the index so the capped count reads the index alone.
  `create index person_links_created on person_links (organisation_id, created_at desc, code desc)
     include (relations, identity_relations)`,
  'create index person_links_code on person_links (organisation_id, code) include (relations, identity_relations)',
  'create index person_links_person on person_links (person_id)',
  // The same orders for the own-organisation scope and for code search by fragment.
  'create index persons_organisation_created_code on persons (organisation_id, created_at desc, code desc)',
  'create index persons_organisation_code on persons (organisation_id, code)',
  'create index persons_code_trgm on persons using gin (code gin_trgm_ops)',

  `create function person_links_refresh(ids uuid[]) returns void language plpgsql as $$
   begin
     perform 1 from persons where id = any(ids) order by id for no key update;
     delete from person_links where person_id = any(ids);
     ${insertLinks('p.id = any(ids)')};
   end $$`,
  `create function person_links_persons_inserted() returns trigger language plpgsql as $$
   begin
     insert into person_links (organisation_id, person_id, created_at, code, relations, identity_relations)
     select n.organisation_id, n.id, n.created_at, n.code, '{owner}', '{owner}' from new_rows n;
     return null;
   end $$`,
  `create trigger person_links_persons_insert after insert on persons
     referencing new table as new_rows for each statement
     execute function person_links_persons_inserted()`,
  `create function person_links_person_changed() returns trigger language plpgsql as $$
   begin
     perform person_links_refresh(array[new.id]);
     return null;
   end $$`,
  `create trigger person_links_persons_update after update of organisation_id, code, created_at on persons
     for each row execute function person_links_person_changed()`,
  // Shares and referrals: inserts per statement (bulk loads), changes per row (rare, one person).
  `create function person_links_inserted() returns trigger language plpgsql as $$
   begin
     perform person_links_refresh(array(select distinct person_id from new_rows));
     return null;
   end $$`,
  `create function person_links_changed() returns trigger language plpgsql as $$
   begin
     if tg_op = 'DELETE' then
       perform person_links_refresh(array[old.person_id]);
     else
       perform person_links_refresh(array[old.person_id, new.person_id]);
     end if;
     return null;
   end $$`,
  `create trigger person_links_access_insert after insert on person_access
     referencing new table as new_rows for each statement execute function person_links_inserted()`,
  `create trigger person_links_access_update after update of person_id, organisation_id, until, share_identity
     on person_access for each row execute function person_links_changed()`,
  `create trigger person_links_access_delete after delete on person_access
     for each row execute function person_links_changed()`,
  `create trigger person_links_referrals_insert after insert on referrals
     referencing new table as new_rows for each statement execute function person_links_inserted()`,
  `create trigger person_links_referrals_update after update of person_id, to_organisation_id, status, share_identity
     on referrals for each row execute function person_links_changed()`,
  `create trigger person_links_referrals_delete after delete on referrals
     for each row execute function person_links_changed()`,

  // Every existing person, once (an existing database: the runner applies missing versions).
  insertLinks('true'),

  // Inbox sections in their sort order, one index walk each (keyset on the deadline, then id).
  'create index referrals_to_respond on referrals (to_organisation_id, status, respond_by, id)',
  'create index referrals_from_respond on referrals (from_organisation_id, status, respond_by, id)',
  'create index referrals_to_closed on referrals (to_organisation_id, status, closed_at desc, id desc)',
  'create index referrals_from_closed on referrals (from_organisation_id, status, closed_at desc, id desc)',
  // Alerts newest first with the id as tie-breaker (keyset).
  'create index alerts_from_created_id on alerts (from_organisation_id, created_at desc, id desc)',
  'create index alerts_to_created_id on alerts (to_organisation_id, created_at desc, id desc)',
];

export const listAccess: Migration = {
  version: 23,
  name: 'list-access',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
