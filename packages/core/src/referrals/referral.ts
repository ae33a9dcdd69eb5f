import type {
  ConsentMeans,
  ConsentPurpose,
  ReferralSection,
  ReferralService,
  ReferralStatus,
  ReferralUrgency,
} from './referral-vocabulary.ts';

export interface Referral {
  id: string;
  personId: string;
  fromOrganisationId: string;
  toOrganisationId: string;
  services: ReferralService[];
  urgency: ReferralUrgency;
  /** Free text for the recipient (sealed: it often names people and places). */
  noteSealed: string | null;
  /** Whether the recipient may reveal the identity (consent, the child rule or an override). */
  shareIdentity: boolean;
  sections: ReferralSection[];
  /** Why identity may be shared: the consent relied on, the child rule, or an override reason. */
  consentId: string | null;
  childRule: boolean;
  overrideReason: string | null;
  status: ReferralStatus;
  declineReason: string | null;
  withdrawReason: string | null;
  sentBy: string;
  /**
   * The day the referral was sent (YYYY-MM-DD). Each event has the day it happened and, in the
   * `...At` field beside it, the moment it was recorded: they differ when it was entered later
   * (a referral made by telephone, or a country's history loaded). Deadlines and statistics
   * count from the day it happened; the trail and "recorded later" from the moment recorded.
   */
  sentOn: string;
  /** When the sending was recorded. */
  sentAt: Date;
  /** Counted from `sentOn` in working days (referral-dates.ts, respondByFor). */
  respondBy: Date;
  respondedBy: string | null;
  /** The day the recipient accepted or declined. */
  respondedOn: string | null;
  /** When the answer was recorded. */
  respondedAt: Date | null;
  /** The day it was declined, completed or withdrawn. */
  closedOn: string | null;
  /** When the closing was recorded. */
  closedAt: Date | null;
  /** When the missed response deadline was escalated (once per referral). */
  escalatedAt: Date | null;
  updatedAt: Date;
  /**
   * The referral this one was sent onward from, by its recipient (null when the owner sent it):
   * when that one closes, this one is withdrawn, since it gave no more than it had.
   */
  parentReferralId: string | null;
}

/** An adult's recorded consent: to what, shared with whom, when, by what means. */
export interface Consent {
  id: string;
  personId: string;
  purposes: ConsentPurpose[];
  /** Organisations the person agreed to share with; empty means any NRM body. */
  organisationIds: string[];
  means: ConsentMeans;
  givenOn: string;
  recordedBy: string;
  recordedByOrganisationId: string;
  recordedAt: Date;
  withdrawnAt: Date | null;
  withdrawnBy: string | null;
}

export interface ReferralMessage {
  id: string;
  referralId: string;
  authorUserId: string;
  authorOrganisationId: string;
  bodySealed: string;
  createdAt: Date;
}

/** In-app notification to an organisation's users. */
export interface Notification {
  id: string;
  organisationId: string;
  kind: string;
  referralId: string | null;
  personCode: string | null;
  /** The other organisation it is about (who asks to be contacted); null when the referral says it. */
  aboutOrganisationId?: string | null;
  createdAt: Date;
  readAt: Date | null;
}
