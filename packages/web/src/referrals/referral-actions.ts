import type { Referral, ReferralStatus } from '../api/types.ts';
import type { Tone } from '../common/status-badge.tsx';

export type ReferralAction = 'accept' | 'decline' | 'complete' | 'withdraw';
export type ReferralSide = 'sender' | 'recipient' | 'none';

/** Which end of the referral the user's organisation is on. */
export function sideOf(
  referral: Pick<Referral, 'fromOrganisationId' | 'toOrganisationId'>,
  organisationId: string,
): ReferralSide {
  if (referral.toOrganisationId === organisationId) return 'recipient';
  if (referral.fromOrganisationId === organisationId) return 'sender';
  return 'none';
}

/**
 * The buttons to offer: the same lifecycle as core's state machine (sent -> accepted | declined,
 * accepted -> completed, withdrawn by the sender before completion). The server still decides;
 * this only spares users buttons that would be refused.
 */
export function allowedActions(status: ReferralStatus, side: ReferralSide): ReferralAction[] {
  if (side === 'recipient') {
    if (status === 'sent') return ['accept', 'decline'];
    if (status === 'accepted') return ['complete'];
    return [];
  }
  if (side === 'sender' && (status === 'sent' || status === 'accepted')) return ['withdraw'];
  return [];
}

/** Decline needs a reason the sender will read; withdraw may have one; the others none. */
export function reasonNeed(action: ReferralAction): 'required' | 'optional' | 'none' {
  if (action === 'decline') return 'required';
  if (action === 'withdraw') return 'optional';
  return 'none';
}

const tones: Record<ReferralStatus, Tone> = {
  sent: 'info',
  accepted: 'ok',
  declined: 'bad',
  completed: 'off',
  withdrawn: 'warn',
};

export function statusTone(status: ReferralStatus): Tone {
  return tones[status];
}
