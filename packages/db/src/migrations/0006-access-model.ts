import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * The one access model (core/src/policy/person-access-rules.ts). A direct share now says whether
 * it carries identity and on what basis (a consent covering the target, the child rule, or an
 * audited override), like a referral; a referral sent onward by a recipient names the referral
 * it came from, so closing that one ends the access derived from it.
 *
 * Existing shares become record-only: before this step any linked body could share (itself
 * included), so an old share proves nothing about the owner's decision or a consent. Owners
 * share identity again where a consent covers it.
 */
const statements = [
  'alter table person_access add column share_identity boolean not null default false',
  'alter table person_access add column consent_id uuid references consents (id)',
  'alter table person_access add column child_rule boolean not null default false',
  'alter table person_access add column override_reason text',
  'alter table person_access add column granted_by uuid references users (id)',
  'create index person_access_consent on person_access (consent_id) where consent_id is not null',
  'alter table referrals add column parent_referral_id uuid references referrals (id)',
  `create index referrals_parent on referrals (parent_referral_id)
    where parent_referral_id is not null`,
  // "Organisation X asks you to contact it about your record NRM-…" (the duplicate check's answer).
  'alter table notifications add column about_organisation_id uuid references organisations (id)',
];

export const accessModel: Migration = {
  version: 6,
  name: 'access-model',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
