import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Single sign-on through OpenID Connect (docs/operations/single-sign-on.md): the provider's
 * (issuer, subject) pair linked to a local user, one per user and issuer; and how each session
 * was opened, so a session whose provider reported a second factor is not held to the local one.
 */
const statements: string[] = [
  `create table user_external_identities (
    issuer text not null,
    subject text not null,
    user_id uuid not null references users (id) on delete cascade,
    created_at timestamptz not null,
    last_signed_in_at timestamptz,
    primary key (issuer, subject)
  )`,
  'create unique index user_external_identities_user_idx on user_external_identities (user_id, issuer)',
  'alter table sessions add column signed_in_with text',
];

export const singleSignOn: Migration = {
  version: 35,
  name: 'single-sign-on',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
