import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Organisations, users, sessions, API tokens, the audit log and login throttling. Written as plain
 * SQL statements (one per query, so PGlite's extended protocol accepts each) that PostgreSQL 15
 * understands; PGlite is a newer major version and must not tempt us into newer syntax.
 */
const statements = [
  // PGlite registers these at creation; on PostgreSQL they come from postgresql-contrib.
  'create extension if not exists pgcrypto',
  'create extension if not exists citext',
  'create extension if not exists pg_trgm',
  'create extension if not exists unaccent',

  `create table organisations (
    id uuid primary key,
    name text not null unique,
    type text not null,
    region text,
    parent_id uuid references organisations (id),
    active boolean not null default true,
    address_sealed text,
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  'create index organisations_parent_id on organisations (parent_id)',

  `create table users (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    email citext not null unique,
    display_name text not null,
    locale text not null,
    active boolean not null default true,
    password_hash text not null,
    failed_logins integer not null default 0,
    locked_until timestamptz,
    last_login_at timestamptz,
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  'create index users_organisation_id on users (organisation_id)',

  `create table user_roles (
    user_id uuid not null references users (id) on delete cascade,
    role text not null,
    primary key (user_id, role)
  )`,
  'create index user_roles_role on user_roles (role)',

  `create table sessions (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    token_hash text not null unique,
    csrf_token text not null,
    client_ip text,
    user_agent text,
    created_at timestamptz not null,
    last_seen_at timestamptz not null,
    expires_at timestamptz not null
  )`,
  'create index sessions_user_id on sessions (user_id)',
  'create index sessions_expires_at on sessions (expires_at)',

  `create table api_tokens (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    name text not null,
    prefix text not null,
    token_hash text not null unique,
    scopes text[] not null default '{}',
    created_at timestamptz not null,
    last_used_at timestamptz,
    expires_at timestamptz,
    revoked_at timestamptz
  )`,
  'create index api_tokens_user_id on api_tokens (user_id)',

  // seq has no sequence: append takes an advisory lock and writes max+1, so there are never gaps
  // (a sequence would leave holes on rollback, which verification would read as deletions).
  // No foreign keys: the log must outlive the users and organisations it mentions.
  `create table audit_events (
    seq bigint primary key,
    at timestamptz not null,
    actor_user_id uuid,
    actor_organisation_id uuid,
    actor_roles text[] not null default '{}',
    action text not null,
    entity_type text not null,
    entity_id text,
    client_ip text,
    request_id text,
    details jsonb not null default '{}',
    prev_hash text not null,
    hash text not null
  )`,
  'create index audit_events_at on audit_events (at)',
  'create index audit_events_actor on audit_events (actor_user_id, seq)',
  'create index audit_events_entity on audit_events (entity_type, entity_id, seq)',
  'create index audit_events_action on audit_events (action, seq)',

  // Append-only in the database itself, so a bug or a careless operator cannot rewrite history.
  // The maintenance switch exists for tests that play an attacker with database access (and for
  // a documented, audited purge); the hash chain still exposes whatever is done with it.
  `create function opennrm_audit_events_append_only() returns trigger
  language plpgsql as $$
  begin
    if coalesce(current_setting('opennrm.audit_maintenance', true), '') = 'on' then
      if tg_op = 'UPDATE' then return new; end if;
      return old;
    end if;
    raise exception 'audit_events is append-only: % is not allowed', tg_op
      using errcode = 'insufficient_privilege';
  end
  $$`,
  `create trigger audit_events_no_update_delete before update or delete on audit_events
    for each row execute function opennrm_audit_events_append_only()`,
  `create trigger audit_events_no_truncate before truncate on audit_events
    for each statement execute function opennrm_audit_events_append_only()`,

  `create table throttle (
    key text primary key,
    window_start timestamptz not null,
    hits integer not null
  )`,
];

export const foundation: Migration = {
  version: 1,
  name: 'foundation',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
