import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * The keyed audit chain and an append-only trigger that only the table's owner can suspend.
 *
 * hash_version: events written before this step keep their SHA-256 hashes (version 1); from now
 * on the application writes HMAC-SHA256 under the audit key (version 2), chained onto the last
 * old hash. Nothing is re-hashed: the old hashes are what earlier checkpoints recorded.
 *
 * The maintenance switch of 0001 (`set opennrm.audit_maintenance = 'on'`) worked for any role
 * that may UPDATE or DELETE the table, since anyone may set a custom setting. Now the trigger
 * honours it only for a role with the privileges of the table's owner (pg_has_role ... 'USAGE'
 * is true for members of the owning role and for superusers): exactly the roles that could
 * `ALTER TABLE ... DISABLE TRIGGER` anyway. Every other role is refused, maintenance or not.
 * `set search_path` pins pg_catalog, so a role that may create objects cannot shadow the
 * functions the check calls; the function stays SECURITY INVOKER so current_user is the caller.
 */
const statements: string[] = [
  `alter table audit_events add column hash_version smallint not null default 1
    constraint audit_events_hash_version check (hash_version in (1, 2))`,
  `create or replace function opennrm_audit_events_append_only() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if coalesce(current_setting('opennrm.audit_maintenance', true), '') = 'on'
      and pg_catalog.pg_has_role(
        current_user,
        (select c.relowner from pg_catalog.pg_class c where c.oid = tg_relid),
        'USAGE')
    then
      if tg_op = 'UPDATE' then return new; end if;
      return old;
    end if;
    raise exception 'audit_events is append-only: % is not allowed', tg_op
      using errcode = 'insufficient_privilege',
        hint = 'Only the owner of the table can switch maintenance on (opennrm.audit_maintenance).';
  end
  $$`,
];

export const auditCheckpoints: Migration = {
  version: 8,
  name: 'audit-checkpoints',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
