import { describe, expect, it } from 'vitest';
import { offeredActions, reasonNeed } from './referral-actions.ts';

const none = { read: true, message: true, accept: false, decline: false, complete: false, withdraw: false };

describe('offeredActions', () => {
  it('offers exactly what the server says the organisation may do, in a stable order', () => {
    expect(offeredActions({ may: { ...none, decline: true, accept: true } })).toEqual(['accept', 'decline']);
    expect(offeredActions({ may: { ...none, withdraw: true } })).toEqual(['withdraw']);
  });
  it('never makes a button of reading or messaging', () => {
    expect(offeredActions({ may: none })).toEqual([]);
  });
});

describe('reasonNeed', () => {
  it('requires a reason to decline only', () => {
    expect(reasonNeed('decline')).toBe('required');
    expect(reasonNeed('withdraw')).toBe('optional');
    expect(reasonNeed('accept')).toBe('none');
  });
});
