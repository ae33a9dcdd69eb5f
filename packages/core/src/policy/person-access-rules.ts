import type { Action, Resource } from './permissions.ts';

/**
 * How an organisation stands to one person's record. An organisation may stand in several ways
 * at once (a share and a referral); it may then do what any of them allows.
 * - owner: created the record (identified or registered the person);
 * - share_target: the owner shared the record with it directly;
 * - recipient_pending: a referral to it is open and not yet accepted;
 * - recipient_accepted: it accepted a referral that is still open.
 * Everyone else (a former recipient, an unrelated body) stands nowhere and gets nothing.
 */
export const personRelations = ['owner', 'share_target', 'recipient_pending', 'recipient_accepted'] as const;
export type PersonRelation = (typeof personRelations)[number];

/**
 * - yes: the relation allows it;
 * - identity: only when that same link carries identity (a share or referral with identity);
 * - no: never.
 */
export type PersonRule = 'yes' | 'identity' | 'no';

export const personActions = [
  'read',
  /** See every organisation holding the record (where the person is helped: a location). */
  'see_holders',
  'reveal_identity',
  'reveal_sensitive',
  /** Change the person's attributes and exploitation details. */
  'edit',
  /** Change sealed identity fields. */
  'edit_identity',
  /** Add a screening, link the person to an alert. */
  'contribute',
  'decide',
  /** Send a referral (onward, for a recipient: never with more than it holds). */
  'refer',
  /** Read the referrals and consents of the person (non-owners: only referrals they are party to). */
  'read_referrals',
  'share',
  'unshare',
  'record_consent',
  'withdraw_consent',
  /** Read the person's protection records (services, cooperation, stays, permits, returns). */
  'read_support',
  /** Record a service delivered, cooperation, a reflection period, a permit, a return, a stay. */
  'record_support',
] as const;
export type PersonAction = (typeof personActions)[number];

/**
 * THE access table: who may do what to a person's record, by relationship. Read it to know the
 * rules; `person-access-policy.ts` applies it, and the record-relationship matrix test
 * (`server/src/tests/record-access-matrix.int.test.ts`) checks every cell through the HTTP API.
 * Only the owner widens access (share, consent); a share or an onward referral never gives
 * more than the giver holds (`identityTransfer` in the policy).
 */
export const personAccessTable: Readonly<Record<PersonAction, Readonly<Record<PersonRelation, PersonRule>>>> =
  {
    //                  owner   share_target  recipient_pending  recipient_accepted
    read: row('yes', 'yes', 'yes', 'yes'),
    see_holders: row('yes', 'no', 'no', 'no'),
    reveal_identity: row('yes', 'identity', 'identity', 'identity'),
    reveal_sensitive: row('yes', 'identity', 'identity', 'identity'),
    edit: row('yes', 'yes', 'no', 'no'),
    edit_identity: row('yes', 'identity', 'no', 'no'),
    contribute: row('yes', 'yes', 'yes', 'yes'),
    decide: row('yes', 'yes', 'yes', 'yes'),
    refer: row('yes', 'no', 'no', 'yes'),
    read_referrals: row('yes', 'yes', 'yes', 'yes'),
    share: row('yes', 'no', 'no', 'no'),
    unshare: row('yes', 'no', 'no', 'no'),
    record_consent: row('yes', 'no', 'no', 'no'),
    withdraw_consent: row('yes', 'no', 'no', 'no'),
    // A provider that accepted the referral records what it delivered; one only asked does not.
    read_support: row('yes', 'yes', 'no', 'yes'),
    record_support: row('yes', 'yes', 'no', 'yes'),
  };

function row(
  owner: PersonRule,
  shareTarget: PersonRule,
  recipientPending: PersonRule,
  recipientAccepted: PersonRule,
): Record<PersonRelation, PersonRule> {
  return {
    owner,
    share_target: shareTarget,
    recipient_pending: recipientPending,
    recipient_accepted: recipientAccepted,
  };
}

/**
 * The role right each record action also needs (grants.ts): the relationship says which
 * records, the role says which kind of work. Both must allow it.
 */
export const personActionGrant: Readonly<Record<PersonAction, readonly [Resource, Action][]>> = {
  read: [['person', 'read']],
  see_holders: [['person', 'read']],
  reveal_identity: [['person_identity', 'reveal']],
  reveal_sensitive: [['person_sensitive', 'reveal']],
  edit: [['person', 'update']],
  edit_identity: [
    ['person', 'update'],
    ['person_identity', 'reveal'],
  ],
  contribute: [['person', 'update']],
  decide: [['identification_decision', 'create']],
  refer: [['referral', 'create']],
  read_referrals: [['referral', 'read']],
  share: [['person', 'update']],
  unshare: [['person', 'update']],
  record_consent: [['consent', 'create']],
  withdraw_consent: [['consent', 'update']],
  read_support: [['protection', 'read']],
  record_support: [['protection', 'create']],
};
