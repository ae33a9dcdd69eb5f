import { type ReferralAction, referralTransitions } from '@opennrm/contracts/vocabulary';
import type { Referral, ReferralStatus } from '../api/types.ts';
import type { Tone } from '../common/status-badge.tsx';

/** The actions that change a referral and so are buttons (core's one list); reading and messaging are not. */
export type ReferralTransition = ReferralAction;

/**
 * The buttons to offer: exactly what the server's referral policy says this organisation may do
 * now (`may` on every referral it answers with). The web keeps no copy of the lifecycle, so a
 * change of the rules on the server changes the buttons without a change here.
 */
export function offeredActions(referral: Pick<Referral, 'may'>): ReferralTransition[] {
  return referralTransitions.filter((action) => referral.may[action] === true);
}

/** Decline needs a reason the sender will read; withdraw may have one; the others none. */
export function reasonNeed(action: ReferralTransition): 'required' | 'optional' | 'none' {
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
