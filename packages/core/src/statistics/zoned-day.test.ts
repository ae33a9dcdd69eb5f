import { describe, expect, it } from 'vitest';
import { dayStartsAt, isTimeZone, localDateOf } from './zoned-day.ts';

describe('days in the country’s time zone', () => {
  it('knows IANA names and refuses others', () => {
    expect(isTimeZone('Asia/Baku')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('Asia/Nowhere')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone("UTC'; drop table persons; --")).toBe(false);
  });

  it('puts an instant on its local day and finds local midnight', () => {
    expect(localDateOf(new Date('2014-12-31T21:30:00Z'), 'Asia/Baku')).toBe('2015-01-01');
    expect(localDateOf(new Date('2014-12-31T21:30:00Z'), 'UTC')).toBe('2014-12-31');
    expect(dayStartsAt('2015-01-01', 'Asia/Baku').toISOString()).toBe('2014-12-31T20:00:00.000Z');
    expect(dayStartsAt('2015-01-01', 'America/New_York').toISOString()).toBe('2015-01-01T05:00:00.000Z');
    // Summer time (Baku kept it until 2016): midnight is UTC+5.
    expect(dayStartsAt('2014-07-01', 'Asia/Baku').toISOString()).toBe('2014-06-30T19:00:00.000Z');
  });
});
