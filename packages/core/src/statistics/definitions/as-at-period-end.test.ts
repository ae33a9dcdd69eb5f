import { describe, expect, it } from 'vitest';
import { dayStartsAt } from '../zoned-day.ts';
import { consentAt, identifyingBodyAt, stateDecidedOn } from './as-at-period-end.ts';

describe('as at the end of the period', () => {
  const end = '2015-01-01';
  const endsAt = dayStartsAt(end, 'Asia/Baku'); // 2014-12-31T20:00:00Z

  it('a consent counts when given before the end and not withdrawn by then', () => {
    const given = (givenOn: string, withdrawnAt: string | null = null) => [
      { givenOn, withdrawnAt: withdrawnAt ? new Date(withdrawnAt) : null },
    ];
    expect(consentAt(given('2014-03-01'), end, endsAt)).toBe('recorded');
    expect(consentAt(given('2014-03-01', '2016-02-01T10:00:00Z'), end, endsAt)).toBe('recorded');
    expect(consentAt(given('2014-03-01', '2014-12-31T19:59:59Z'), end, endsAt)).toBe('none');
    expect(consentAt(given('2014-03-01', '2014-12-31T20:00:00Z'), end, endsAt)).toBe('recorded');
    expect(consentAt(given('2015-01-01'), end, endsAt)).toBe('none');
    expect(consentAt([], end, endsAt)).toBe('none');
  });

  it('identified by the state only when a state body had decided before the end', () => {
    const decisions = [
      { decidingBodyType: 'NGO' as const, decidedOn: '2014-05-01' },
      { decidingBodyType: 'Other' as const, decidedOn: '2014-06-01' },
      { decidingBodyType: 'Police' as const, decidedOn: '2015-02-01' },
    ];
    expect(stateDecidedOn(decisions)).toBe('2015-02-01');
    expect(identifyingBodyAt(stateDecidedOn(decisions), end)).toBe('ngo');
    expect(identifyingBodyAt(stateDecidedOn(decisions), '2016-01-01')).toBe('state');
    expect(identifyingBodyAt(null, '2016-01-01')).toBe('ngo');
  });
});
