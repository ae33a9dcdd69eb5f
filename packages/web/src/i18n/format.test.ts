import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, numericDate } from './format.ts';

describe('date formatting', () => {
  it('uses the language’s own format where the runtime knows it', () => {
    expect(formatDate('2015-03-21T12:00:00', 'en')).toBe('21 Mar 2015');
  });

  it('falls back to day.month.year for a language the runtime cannot format', () => {
    expect(formatDate('2015-03-21T12:00:00', 'zz')).toBe('21.03.2015');
    expect(formatDateTime('2015-03-21T09:05:00', 'zz')).toBe('21.03.2015 09:05');
  });

  it('pads day, month, hours and minutes', () => {
    expect(numericDate(new Date(2015, 0, 2, 3, 4), true)).toBe('02.01.2015 03:04');
  });

  it('leaves empty and unreadable values alone', () => {
    expect(formatDate(null, 'en')).toBe('');
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});
