import type { Consent, Notification, Referral, ReferralMessage } from './referral.ts';
import type { ReferralStatus } from './referral-vocabulary.ts';

export interface InboxQuery {
  organisationId: string;
  now: Date;
  /** Closed referrals (declined, completed, withdrawn) since this instant count as recent. */
  recentSince: Date;
  limit: number;
}

export interface Inbox {
  /** Sent to us, waiting for our answer (oldest deadline first). */
  incoming: Referral[];
  /** Sent by us, not yet answered. */
  outgoing: Referral[];
  /** Either way, past the response deadline and still unanswered. */
  overdue: Referral[];
  /** Accepted, to be completed by us. */
  inProgress: Referral[];
  recentlyClosed: Referral[];
}

export const inboxSections = ['incoming', 'outgoing', 'overdue', 'inProgress', 'recentlyClosed'] as const;
export type InboxSection = (typeof inboxSections)[number];

/**
 * One inbox section, one page at a time (keyset paging): every item is reachable however many
 * there are. Sections due for an answer sort by deadline (by default soonest first); recently
 * closed ones by the instant they closed (by default newest first); the id breaks ties.
 */
export interface InboxSectionQuery extends Omit<InboxQuery, 'limit'> {
  section: InboxSection;
  order?: 'asc' | 'desc';
  /** A fragment of the person's code, any case. */
  code?: string;
  urgency?: Referral['urgency'];
  /** The sort key of the previous page's last referral: its deadline (or closing instant) and id. */
  after?: InboxCursor;
  limit: number;
}

export interface InboxCursor {
  at: Date;
  id: string;
}

export interface InboxSectionPage {
  referrals: Referral[];
  next: InboxCursor | null;
}

export interface ReferralStore {
  create(referral: Referral): Promise<void>;
  get(id: string): Promise<Referral | undefined>;
  /** Newest first. */
  listForPerson(personId: string): Promise<Referral[]>;
  inbox(query: InboxQuery): Promise<Inbox>;
  inboxSection(query: InboxSectionQuery): Promise<InboxSectionPage>;
  /** How many referrals the section holds over every page, counted up to `cap` (then `more`). */
  countInboxSection(
    query: Omit<InboxSectionQuery, 'after' | 'limit' | 'order'>,
    cap: number,
  ): Promise<{ count: number; more: boolean }>;
  /**
   * Compare-and-set: applies `patch` only while the status is one of `from`; returns the rows
   * changed (0 when another request moved the referral first). This is what makes concurrent
   * accept and withdraw end with exactly one outcome.
   */
  transition(id: string, from: readonly ReferralStatus[], patch: Partial<Referral>): Promise<number>;
  /**
   * Referrals still unanswered and not escalated yet whose deadline fell in [after, before),
   * oldest deadline first.
   */
  listOverdueUnescalated(deadline: { after: Date; before: Date }, limit: number): Promise<Referral[]>;
  /** Open referrals sent onward from this one (by its recipient). */
  listOpenChildren(parentId: string): Promise<Referral[]>;
  /** Ends identity sharing of open referrals that relied on a withdrawn consent. */
  stopIdentitySharing(consentId: string, at: Date): Promise<number>;
  addMessage(message: ReferralMessage): Promise<void>;
  listMessages(referralId: string): Promise<ReferralMessage[]>;
}

export interface ConsentStore {
  create(consent: Consent): Promise<void>;
  get(id: string): Promise<Consent | undefined>;
  /** Newest first, withdrawn ones included. */
  listForPerson(personId: string): Promise<Consent[]>;
  withdraw(id: string, by: string, at: Date): Promise<number>;
}

export interface NotificationStore {
  create(notification: Notification): Promise<void>;
  /** Newest first. */
  listForOrganisation(organisationId: string, limit: number): Promise<Notification[]>;
  countUnread(organisationId: string): Promise<number>;
  markRead(organisationId: string, ids: string[], at: Date): Promise<number>;
  /** Every unread notification of the organisation about the referral. */
  markReadForReferral(organisationId: string, referralId: string, at: Date): Promise<number>;
  /** Every organisation's notifications after the cursor (creation time, then id), oldest first: for e-mail delivery. */
  listSince(after: { at: Date; id: string } | null, limit: number): Promise<Notification[]>;
}
