import { describe, expect, it } from 'vitest';
import { alertTone, offeredAlertActions } from './alert-actions.ts';

const none = { read: true, message: true, acknowledge: false, close: false, link_person: false };

describe('offeredAlertActions', () => {
  it('offers exactly what the server says the organisation may do, in a stable order', () => {
    expect(offeredAlertActions({ may: { ...none, close: true, acknowledge: true } })).toEqual([
      'acknowledge',
      'close',
    ]);
    expect(offeredAlertActions({ may: { ...none, close: true } })).toEqual(['close']);
  });

  it('never makes a button of reading, messaging or linking', () => {
    expect(offeredAlertActions({ may: { ...none, link_person: true } })).toEqual([]);
  });
});

describe('alertTone', () => {
  it('draws attention to open alerts only', () => {
    expect(alertTone('open')).toBe('warn');
    expect(alertTone('acknowledged')).toBe('info');
    expect(alertTone('closed')).toBe('off');
  });
});
