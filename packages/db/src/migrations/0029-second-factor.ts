import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * TOTP second factors for local accounts (docs/operations/second-factor.md). The secret is
 * sealed (sealed-columns.ts); recovery codes and sign-in challenges are kept only as SHA-256.
 * `last_used_step` refuses a code used before. Everything goes with the user.
 */
const statements: string[] = [
  `create table user_second_factors (
    user_id uuid primary key references users (id) on delete cascade,
    secret_sealed text not null,
    confirmed_at timestamptz,
    last_used_step bigint,
    created_at timestamptz not null
  )`,
  `create table user_recovery_codes (
    user_id uuid not null references users (id) on delete cascade,
    code_hash text not null,
    used_at timestamptz,
    created_at timestamptz not null,
    primary key (user_id, code_hash)
  )`,
  `create table sign_in_challenges (
    id uuid primary key,
    user_id uuid not null references users (id) on delete cascade,
    token_hash text not null unique,
    created_at timestamptz not null,
    expires_at timestamptz not null
  )`,
  'create index sign_in_challenges_user_idx on sign_in_challenges (user_id)',
];

export const secondFactor: Migration = {
  version: 29,
  name: 'second-factor',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
