import { describe, expect, it } from 'vitest';
import { resolvePeriods } from './report-period.ts';

const now = new Date('2026-11-28T10:00:00Z');

describe('resolvePeriods', () => {
  it('defaults to the last full year compared with the year before', () => {
    expect(resolvePeriods({}, now)).toEqual({
      current: { from: '2025-01-01', to: '2026-01-01', label: '2025' },
      previous: { from: '2024-01-01', to: '2025-01-01', label: '2024' },
    });
  });

  it('compares a from-to range with the range of the same length just before it', () => {
    const { current, previous } = resolvePeriods({ from: '2024-03-01', to: '2024-03-31' }, now);
    expect(current).toEqual({ from: '2024-03-01', to: '2024-04-01', label: '2024-03-01 – 2024-03-31' });
    expect(previous).toEqual({ from: '2024-01-30', to: '2024-03-01', label: '2024-01-30 – 2024-02-29' });
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
