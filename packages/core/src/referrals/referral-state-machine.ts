import { DomainError } from '../support/errors.ts';
import type { ReferralAction, ReferralStatus } from './referral-vocabulary.ts';

/** Who may take an action: the recipient organisation or the sender. */
export const actionSide: Record<ReferralAction, 'recipient' | 'sender'> = {
  accept: 'recipient',
  decline: 'recipient',
  complete: 'recipient',
  withdraw: 'sender',
};

/**
 * The lifecycle (docs/glossary.md, referral): sent -> accepted | declined, accepted -> completed,
 * withdrawn by the sender.
 */
const transitions: Record<ReferralAction, { from: ReferralStatus[]; to: ReferralStatus }> = {
  accept: { from: ['sent'], to: 'accepted' },
  decline: { from: ['sent'], to: 'declined' },
  complete: { from: ['accepted'], to: 'completed' },
  withdraw: { from: ['sent', 'accepted'], to: 'withdrawn' },
};

export function fromStatusesOf(action: ReferralAction): readonly ReferralStatus[] {
  return transitions[action].from;
}

/** The next status, or 409 invalid_transition naming what is possible from here. */
export function nextStatus(current: ReferralStatus, action: ReferralAction): ReferralStatus {
  const t = transitions[action];
  if (!t.from.includes(current)) {
    const possible = (Object.keys(transitions) as ReferralAction[]).filter((a) =>
      transitions[a].from.includes(current),
    );
    throw new DomainError('invalid_transition', `A ${current} referral cannot be ${pastTense[action]}.`, {
      status: current,
      action,
      possible,
    });
  }
  return t.to;
}

const pastTense: Record<ReferralAction, string> = {
  accept: 'accepted',
  decline: 'declined',
  complete: 'completed',
  withdraw: 'withdrawn',
};
