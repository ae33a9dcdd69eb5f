import { describe, expect, it } from 'vitest';
import { lastFullReportingYear, resolvePeriods } from './report-period.ts';

const now = new Date('2026-11-28T10:00:00Z');
const tip = { yearStartMonth: 4, timeZone: 'Asia/Baku' };

describe('resolvePeriods', () => {
  it('defaults to the last full year compared with the year before', () => {
    expect(resolvePeriods({}, now)).toEqual({
      current: { from: '2025-01-01', to: '2026-01-01', label: '2025' },
      previous: { from: '2024-01-01', to: '2025-01-01', label: '2024' },
    });
  });

  it('gives the TIP report’s April-March year, labelled as such in each language', () => {
    expect(resolvePeriods({ year: 2014 }, now, tip)).toEqual({
      current: { from: '2014-04-01', to: '2015-04-01', label: 'April 2014 – March 2015' },
      previous: { from: '2013-04-01', to: '2014-04-01', label: 'April 2013 – March 2014' },
    });
    expect(resolvePeriods({ year: 2014 }, now, tip, { locale: 'az' }).current.label).toBe(
      'Aprel 2014 – mart 2015',
    );
    expect(resolvePeriods({ year: 2014 }, now, tip, { locale: 'ru' }).current.label).toBe(
      'Апрель 2014 – март 2015',
    );
    const july = resolvePeriods({ year: 2020 }, now, { yearStartMonth: 7, timeZone: 'UTC' }).current;
    expect(july).toEqual({ from: '2020-07-01', to: '2021-07-01', label: 'July 2020 – June 2021' });
  });

  it('takes the last reporting year that has ended in the country’s time zone', () => {
    expect(lastFullReportingYear(now, tip)).toBe(2025);
    expect(lastFullReportingYear(new Date('2026-03-31T19:30:00Z'), tip)).toBe(2024);
    // 23:30 UTC on 31 March is already 1 April in Baku: April 2025 - March 2026 has ended.
    expect(lastFullReportingYear(new Date('2026-03-31T20:30:00Z'), tip)).toBe(2025);
    expect(
      lastFullReportingYear(new Date('2025-12-31T20:30:00Z'), { yearStartMonth: 1, timeZone: 'Asia/Baku' }),
    ).toBe(2025);
  });

  it('compares a from-to range with the range of the same length just before it', () => {
    const { current, previous } = resolvePeriods({ from: '2024-03-01', to: '2024-03-31' }, now);
    expect(current).toEqual({ from: '2024-03-01', to: '2024-04-01', label: '2024-03-01 – 2024-03-31' });
    expect(previous).toEqual({ from: '2024-01-30', to: '2024-03-01', label: '2024-01-30 – 2024-02-29' });
  });

  it('refuses a from-to range in the published view: only whole reporting years are published', () => {
    const range = { from: '2014-01-01', to: '2014-06-30' };
    expect(() => resolvePeriods(range, now, tip, { view: 'published' })).toThrow(/whole reporting years/);
    expect(resolvePeriods(range, now, tip, { view: 'internal' }).current.from).toBe('2014-01-01');
    expect(resolvePeriods({ year: 2014 }, now, tip, { view: 'published' }).current.from).toBe('2014-04-01');
  });

  it('refuses half periods, reversed ones, impossible dates and both forms at once', () => {
    expect(() => resolvePeriods({ from: '2024-01-01' }, now)).toThrow(/from and to/);
    expect(() => resolvePeriods({ from: '2024-02-01', to: '2024-01-01' }, now)).toThrow(/from not after to/);
    expect(() => resolvePeriods({ from: '2024-02-30', to: '2024-03-01' }, now)).toThrow();
    expect(() => resolvePeriods({ year: 2024, from: '2024-01-01', to: '2024-02-01' }, now)).toThrow(
      /not both/,
    );
    expect(() => resolvePeriods({ year: 1850 }, now)).toThrow(/1990/);
  });
});
