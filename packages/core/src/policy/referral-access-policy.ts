import type { Actor } from '../auth/actor.ts';
import {
  type ReferralRecordAction,
  type ReferralStatus,
  referralRecordActions,
} from '../referrals/referral-vocabulary.ts';
import { forbidden } from '../support/errors.ts';
import { scopeFor } from './authorize.ts';
import type { Action } from './permissions.ts';

/** The parties of a referral and where it stands: all the policy needs to decide on it. */
export interface ReferralParties {
  fromOrganisationId: string;
  toOrganisationId: string;
  status: ReferralStatus;
}

type Side = 'sender' | 'recipient';

/**
 * THE referral table: which party may do what, in which statuses. A recipient whose referral was
 * declined or withdrawn has nothing left of it (not even the person's code in its inbox); after
 * completing it keeps the record of its own work, read-only.
 */
export const referralAccessTable: Readonly<
  Record<ReferralRecordAction, Readonly<Record<Side, readonly ReferralStatus[]>>>
> = {
  read: {
    sender: ['sent', 'accepted', 'declined', 'completed', 'withdrawn'],
    recipient: ['sent', 'accepted', 'completed'],
  },
  message: {
    sender: ['sent', 'accepted', 'declined', 'completed', 'withdrawn'],
    recipient: ['sent', 'accepted', 'completed'],
  },
  accept: { sender: [], recipient: ['sent'] },
  decline: { sender: [], recipient: ['sent'] },
  complete: { sender: [], recipient: ['accepted'] },
  withdraw: { sender: ['sent', 'accepted'], recipient: [] },
};

const roleRight: Record<ReferralRecordAction, Action> = {
  read: 'read',
  message: 'read',
  accept: 'update',
  decline: 'update',
  complete: 'update',
  withdraw: 'update',
};

function sideOf(actor: Actor, referral: ReferralParties): Side | null {
  if (actor.organisationId === referral.fromOrganisationId) return 'sender';
  if (actor.organisationId === referral.toOrganisationId) return 'recipient';
  return null;
}

/**
 * Whether the actor's organisation is the party that may do this now (status aside from the
 * state machine's own check: an action outside its statuses is a 409, not a 403, for the party
 * that holds it at all).
 */
export function mayOnReferral(
  actor: Actor,
  action: ReferralRecordAction,
  referral: ReferralParties,
): boolean {
  const side = sideOf(actor, referral);
  if (!side || scopeFor(actor, 'referral', roleRight[action]) === null) return false;
  const statuses = referralAccessTable[action][side];
  if (statuses.length === 0) return false;
  // The party may always be told why an action is impossible now (409) while it can read it.
  return statuses.includes(referral.status) || referralAccessTable.read[side].includes(referral.status);
}

export function authorizeOnReferral(
  actor: Actor,
  action: ReferralRecordAction,
  referral: ReferralParties,
): void {
  if (!mayOnReferral(actor, action, referral)) throw forbidden();
}

/**
 * What the actor may do to the referral now (its status included): what the web offers. The
 * server checks each action again when it is asked.
 */
export function referralAbilities(
  actor: Actor,
  referral: ReferralParties,
): Record<ReferralRecordAction, boolean> {
  const side = sideOf(actor, referral);
  const may = (action: ReferralRecordAction) =>
    side !== null &&
    scopeFor(actor, 'referral', roleRight[action]) !== null &&
    referralAccessTable[action][side].includes(referral.status);
  return Object.fromEntries(referralRecordActions.map((a) => [a, may(a)])) as Record<
    ReferralRecordAction,
    boolean
  >;
}
