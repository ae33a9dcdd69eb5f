import { describe, expect, it } from 'vitest';
import { allowedActions, reasonNeed, sideOf } from './referral-actions.ts';

describe('sideOf', () => {
  const referral = { fromOrganisationId: 'a', toOrganisationId: 'b' };
  it('tells sender, recipient and a third party apart', () => {
    expect(sideOf(referral, 'a')).toBe('sender');
    expect(sideOf(referral, 'b')).toBe('recipient');
    expect(sideOf(referral, 'c')).toBe('none');
  });
});

describe('allowedActions', () => {
  it('lets the recipient accept or decline a sent referral, and complete an accepted one', () => {
    expect(allowedActions('sent', 'recipient')).toEqual(['accept', 'decline']);
    expect(allowedActions('accepted', 'recipient')).toEqual(['complete']);
  });
  it('lets the sender withdraw until the referral closes', () => {
    expect(allowedActions('sent', 'sender')).toEqual(['withdraw']);
    expect(allowedActions('accepted', 'sender')).toEqual(['withdraw']);
    expect(allowedActions('completed', 'sender')).toEqual([]);
  });
  it('offers nothing on closed referrals or to third parties', () => {
    for (const status of ['declined', 'completed', 'withdrawn'] as const) {
      expect(allowedActions(status, 'recipient')).toEqual([]);
    }
    expect(allowedActions('sent', 'none')).toEqual([]);
  });
});

describe('reasonNeed', () => {
  it('requires a reason to decline only', () => {
    expect(reasonNeed('decline')).toBe('required');
    expect(reasonNeed('withdraw')).toBe('optional');
    expect(reasonNeed('accept')).toBe('none');
  });
});
