import { describe, expect, it } from 'vitest';
import { addHoliday, isCalendarDate } from './holidays.ts';

describe('holidays', () => {
  it('adds a day in order, once', () => {
    expect(addHoliday(['2015-01-01', '2015-05-09'], '2015-03-21')).toEqual([
      '2015-01-01',
      '2015-03-21',
      '2015-05-09',
    ]);
    expect(addHoliday(['2015-03-21'], '2015-03-21')).toBe('repeated');
    expect(addHoliday([], '')).toBe('empty');
  });

  it('stops at the hundred days the server keeps', () => {
    const full = Array.from({ length: 100 }, (_, i) => `2015-01-01T${i}`);
    expect(addHoliday(full, '2016-01-01')).toBe('full');
  });

  it('knows real calendar dates', () => {
    expect(isCalendarDate('2016-02-29')).toBe(true);
    expect(isCalendarDate('2015-02-29')).toBe(false);
  });
});
