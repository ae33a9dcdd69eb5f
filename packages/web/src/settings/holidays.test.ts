import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseHolidays } from './holidays.ts';

describe('holidays', () => {
  it('reads one date per line, sorted and without repeats', () => {
    expect(parseHolidays('2015-03-21\n\n 2015-01-01 \n2015-03-21, 2015-05-09')).toEqual({
      dates: ['2015-01-01', '2015-03-21', '2015-05-09'],
      invalid: [],
    });
  });

  it('returns lines that are not dates apart', () => {
    expect(parseHolidays('2015-02-30\n21.03.2015\n2015-03-22')).toEqual({
      dates: ['2015-03-22'],
      invalid: ['2015-02-30', '21.03.2015'],
    });
  });

  it('knows real calendar dates', () => {
    expect(isCalendarDate('2016-02-29')).toBe(true);
    expect(isCalendarDate('2015-02-29')).toBe(false);
  });
});
