import type { Alert, Consent, Referral } from '@opennrm/core';
import type { Generated, Selectable } from 'kysely';

/**
 * Tables of referrals (migration 3). `date` columns are read as 'YYYY-MM-DD' strings on both
 * backends; uuid[] comes back as string[].
 */
export interface ReferralTables {
  referrals: ReferralsTable;
  consents: ConsentsTable;
  referral_messages: ReferralMessagesTable;
  notifications: NotificationsTable;
  alerts: AlertsTable;
  alert_messages: AlertMessagesTable;
}

export interface AlertsTable {
  id: string;
  from_organisation_id: string;
  to_organisation_id: string;
  subject: Alert['subject'];
  title: string;
  details_sealed: string;
  status: Alert['status'];
  person_ids: string[];
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

export interface AlertMessagesTable {
  id: string;
  alert_id: string;
  author_user_id: string;
  author_organisation_id: string;
  body_sealed: string;
  created_at: Date;
}

export interface ReferralsTable {
  id: string;
  person_id: string;
  from_organisation_id: string;
  to_organisation_id: string;
  services: Referral['services'];
  urgency: Referral['urgency'];
  note_sealed: string | null;
  share_identity: boolean;
  sections: Referral['sections'];
  consent_id: string | null;
  child_rule: boolean;
  override_reason: string | null;
  status: Referral['status'];
  decline_reason: string | null;
  withdraw_reason: string | null;
  sent_by: string;
  /** The day it was sent (migration 10); `sent_at` is when that was recorded. */
  sent_on: string;
  sent_at: Date;
  respond_by: Date;
  responded_by: string | null;
  responded_on: string | null;
  responded_at: Date | null;
  closed_on: string | null;
  closed_at: Date | null;
  escalated_at: Date | null;
  updated_at: Date;
  /** The referral this one was sent onward from (by its recipient); null when the owner sent it. */
  parent_referral_id: string | null;
}

export interface ConsentsTable {
  id: string;
  person_id: string;
  purposes: Consent['purposes'];
  organisation_ids: string[];
  means: Consent['means'];
  given_on: string;
  recorded_by: string;
  recorded_by_organisation_id: string;
  recorded_at: Date;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
}

export interface ReferralMessagesTable {
  id: string;
  referral_id: string;
  author_user_id: string;
  author_organisation_id: string;
  body_sealed: string;
  created_at: Date;
}

export interface NotificationsTable {
  id: string;
  organisation_id: string;
  kind: string;
  referral_id: string | null;
  person_code: string | null;
  created_at: Date;
  read_at: Date | null;
  about_organisation_id: Generated<string | null>;
}

export type ReferralRow = Selectable<ReferralsTable>;
export type ConsentRow = Selectable<ConsentsTable>;
export type ReferralMessageRow = Selectable<ReferralMessagesTable>;
export type NotificationRow = Selectable<NotificationsTable>;
export type AlertRow = Selectable<AlertsTable>;
