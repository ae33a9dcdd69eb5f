import { describe, expect, it } from 'vitest';
import { dateTextToIso, isoToDateText } from './date-text.ts';

describe('dates as a user types them', () => {
  it('shows a stored day in the language’s numeric form', () => {
    expect(isoToDateText('2026-12-08', 'az')).toBe('08.12.2026');
    expect(isoToDateText('2026-12-08', 'ru')).toBe('08.12.2026');
    expect(isoToDateText('2026-12-08', 'en')).toBe('08/12/2026');
    expect(isoToDateText('', 'en')).toBe('');
  });

  it('reads day first, with any usual separator, or an ISO date pasted whole', () => {
    expect(dateTextToIso('8.12.2026')).toBe('2026-12-08');
    expect(dateTextToIso('08/12/2026')).toBe('2026-12-08');
    expect(dateTextToIso(' 8-1-2026 ')).toBe('2026-01-08');
    expect(dateTextToIso('2026-12-08')).toBe('2026-12-08');
    expect(dateTextToIso('')).toBe('');
  });

  it('refuses what is not a day', () => {
    expect(dateTextToIso('31.02.2026')).toBeNull();
    expect(dateTextToIso('12.2026')).toBeNull();
    expect(dateTextToIso('08.12.26')).toBeNull();
    expect(dateTextToIso('tomorrow')).toBeNull();
  });
});
