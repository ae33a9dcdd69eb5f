import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, numericDate } from './format.ts';

describe('date formatting from the shipped locale data', () => {
  it('writes a medium date in each language, whatever the runtime knows', () => {
    expect(formatDate('2026-12-08', 'en')).toBe('8 Dec 2026');
    expect(formatDate('2026-12-08', 'az')).toBe('8 dek 2026');
    expect(formatDate('2026-12-08', 'ru')).toBe('8 дек. 2026 г.');
    expect(formatDate('2015-05-21', 'ru')).toBe('21 мая 2015 г.');
  });

  it('adds a 24-hour time', () => {
    expect(formatDateTime('2015-03-21T09:05:00', 'en')).toBe('21 Mar 2015, 09:05');
    expect(formatDateTime('2015-03-21T21:05:00', 'az')).toBe('21 mar 2015, 21:05');
  });

  it('reads a bare day as that calendar day, not UTC midnight', () => {
    expect(formatDate('2015-01-01', 'en')).toBe('1 Jan 2015');
  });

  it('falls back to English for a language the application does not offer', () => {
    expect(formatDate('2015-03-21', 'zz')).toBe('21 Mar 2015');
  });

  it('pads day, month, hours and minutes in the numeric form', () => {
    expect(numericDate(new Date(2015, 0, 2, 3, 4), true)).toBe('02.01.2015 03:04');
    expect(numericDate(new Date(2015, 0, 2), false, '/')).toBe('02/01/2015');
  });

  it('leaves empty and unreadable values alone', () => {
    expect(formatDate(null, 'en')).toBe('');
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});

describe('number formatting', () => {
  it('groups digits the way each language does', () => {
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(formatNumber(1234567.5, 'az')).toBe('1.234.567,5');
    expect(formatNumber(1234567.5, 'ru')).toBe('1\u00a0234\u00a0567,5');
  });

  it('rounds and signs on request', () => {
    expect(formatNumber(4.25, 'az', { maximumFractionDigits: 1 })).toBe('4,3');
    expect(formatNumber(3, 'ru', { signDisplay: 'exceptZero' })).toBe('+3');
  });
});
