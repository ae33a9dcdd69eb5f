import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Referrals between organisations, the consents they rely on, their message threads and the
 * in-app notifications they raise. PostgreSQL 15 SQL only.
 */
const statements = [
  // Consents come first: a referral names the consent it relied on for sharing identity.
  // User ids carry no foreign key: records must outlive the accounts that wrote them.
  `create table consents (
    id uuid primary key,
    person_id uuid not null references persons (id) on delete cascade,
    purposes text[] not null default '{}',
    organisation_ids uuid[] not null default '{}',
    means text not null,
    given_on date not null,
    recorded_by uuid not null,
    recorded_by_organisation_id uuid not null references organisations (id),
    recorded_at timestamptz not null,
    withdrawn_at timestamptz,
    withdrawn_by uuid
  )`,
  'create index consents_person on consents (person_id, recorded_at desc)',

  // A referral grants its recipient need-to-know access while it is open (sent or accepted);
  // PersonStore reads that straight from this table, so closing the referral ends the access.
  `create table referrals (
    id uuid primary key,
    person_id uuid not null references persons (id) on delete cascade,
    from_organisation_id uuid not null references organisations (id),
    to_organisation_id uuid not null references organisations (id),
    services text[] not null default '{}',
    urgency text not null,
    note_sealed text,
    share_identity boolean not null,
    sections text[] not null default '{}',
    consent_id uuid references consents (id),
    child_rule boolean not null,
    override_reason text,
    status text not null
      check (status in ('sent', 'accepted', 'declined', 'completed', 'withdrawn')),
    decline_reason text,
    withdraw_reason text,
    sent_by uuid not null,
    sent_at timestamptz not null,
    respond_by timestamptz not null,
    responded_by uuid,
    responded_at timestamptz,
    closed_at timestamptz,
    escalated_at timestamptz,
    updated_at timestamptz not null
  )`,
  // The inbox sections: by recipient or sender, one status, oldest deadline first.
  'create index referrals_to on referrals (to_organisation_id, status, respond_by)',
  'create index referrals_from on referrals (from_organisation_id, status, respond_by)',
  // Access checks and the linked-scope list ask "is there an open referral of this person".
  'create index referrals_person on referrals (person_id, status)',
  'create index referrals_closed on referrals (closed_at)',
  // The escalation sweep: unanswered, past the deadline, not escalated yet.
  "create index referrals_unescalated on referrals (respond_by) where status = 'sent' and escalated_at is null",
  // Withdrawing a consent looks up the referrals that relied on it.
  'create index referrals_consent on referrals (consent_id) where consent_id is not null',

  `create table referral_messages (
    id uuid primary key,
    referral_id uuid not null references referrals (id) on delete cascade,
    author_user_id uuid not null,
    author_organisation_id uuid not null references organisations (id),
    body_sealed text not null,
    created_at timestamptz not null
  )`,
  'create index referral_messages_referral on referral_messages (referral_id, created_at)',

  // referral_id has no foreign key: a notification is a short-lived hint that only names the
  // referral (and the pseudonymous person code); it must not block erasing a person.
  `create table notifications (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    kind text not null,
    referral_id uuid,
    person_code text,
    created_at timestamptz not null,
    read_at timestamptz
  )`,
  'create index notifications_organisation on notifications (organisation_id, created_at desc)',
  // The unread badge is counted on every page; unread rows are few, so keep them apart.
  'create index notifications_unread on notifications (organisation_id) where read_at is null',
  // Potential cases: alerts about a situation before any person is identified.
  `create table alerts (
    id uuid primary key,
    from_organisation_id uuid not null references organisations (id),
    to_organisation_id uuid not null references organisations (id),
    subject text not null,
    title text not null,
    details_sealed text not null,
    status text not null check (status in ('open', 'acknowledged', 'closed')),
    person_ids uuid[] not null default '{}',
    created_by uuid not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  'create index alerts_from on alerts (from_organisation_id, created_at desc)',
  'create index alerts_to on alerts (to_organisation_id, created_at desc)',
  `create table alert_messages (
    id uuid primary key,
    alert_id uuid not null references alerts (id) on delete cascade,
    author_user_id uuid not null,
    author_organisation_id uuid not null references organisations (id),
    body_sealed text not null,
    created_at timestamptz not null
  )`,
  'create index alert_messages_alert on alert_messages (alert_id, created_at)',
  // E-mail delivery reads every organisation's new notifications in creation order.
  'create index notifications_created on notifications (created_at, id)',
];

export const referrals: Migration = {
  version: 3,
  name: 'referrals',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
