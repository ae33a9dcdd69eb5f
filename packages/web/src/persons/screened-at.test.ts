import { describe, expect, it } from 'vitest';
import { localIsoDate, screenedAtFrom } from './screened-at.ts';

describe('screening date', () => {
  const now = new Date(2015, 5, 10, 9, 30);

  it('leaves today and empty to the server', () => {
    expect(screenedAtFrom('', now)).toBeUndefined();
    expect(screenedAtFrom(localIsoDate(now), now)).toBeUndefined();
  });

  it('takes an earlier day at local noon', () => {
    const iso = screenedAtFrom('2015-06-01', now) ?? '';
    const back = new Date(iso);
    expect(localIsoDate(back)).toBe('2015-06-01');
    expect(back.getHours()).toBe(12);
  });

  it('writes local dates with leading zeros', () => {
    expect(localIsoDate(new Date(2015, 0, 5))).toBe('2015-01-05');
  });
});
