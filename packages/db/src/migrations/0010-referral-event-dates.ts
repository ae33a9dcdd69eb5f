import { sql } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * The day each referral event happened, beside the moment it was recorded (`sent_at`,
 * `responded_at`, `closed_at` keep meaning "recorded"): a referral made by telephone last week,
 * or a country's referrals from before OpenNRM, are entered with the day they were sent,
 * answered and closed. Deadlines and statistics count from these days. Existing referrals were
 * all recorded as they happened, so their days are the UTC days of the recorded moments.
 *
 * The checks hold the order of a referral's life whatever writes the rows (the use cases, the
 * demo's COPY, a later import): answered and closed not before sent, closed not before answered,
 * and a day present exactly when its recorded moment is.
 */
const statements = [
  'alter table referrals add column sent_on date, add column responded_on date, add column closed_on date',
  `update referrals set
     sent_on = (sent_at at time zone 'UTC')::date,
     responded_on = (responded_at at time zone 'UTC')::date,
     closed_on = (closed_at at time zone 'UTC')::date`,
  'alter table referrals alter column sent_on set not null',
  `alter table referrals add constraint referrals_event_days check (
     responded_on >= sent_on
     and closed_on >= coalesce(responded_on, sent_on)
     and (responded_on is null) = (responded_at is null)
     and (closed_on is null) = (closed_at is null)
   )`,
  // The statistics select referrals by the day they were sent.
  'create index referrals_sent_on on referrals (sent_on)',
];

export const referralEventDates: Migration = {
  version: 10,
  name: 'referral-event-dates',
  async up(db) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
