import { describe, expect, it } from 'vitest';
import { draftNarrative, type NarrativeInput } from '../draft-narrative.ts';
import { fixturePeriod, fixturePreviousPeriod, makeTable } from '../narrative-fixture.ts';

const funding = makeTable('funding_allocated.recipient_source', {
  state: { state_budget: 300_000 },
  ngo: { international_donor: 14_330 },
});

const draft = (locale: 'en' | 'az' | 'ru', currency?: string) => {
  const input: NarrativeInput = {
    locale,
    tables: [funding],
    period: fixturePeriod,
    previousPeriod: fixturePreviousPeriod,
    view: 'internal',
    threshold: 5,
    source: { kind: 'national' },
    ...(currency ? { currency } : {}),
  };
  return draftNarrative(input)
    .map((p) => p.text)
    .join(' ');
};

describe('the protection narrative names the national currency of the settings', () => {
  it('says manat for AZN, the settings’ default, in the three languages', () => {
    expect(draft('en')).toContain('314,330 manat');
    expect(draft('az', 'AZN')).toContain('manat');
    expect(draft('ru', 'AZN')).toMatch(/манат/);
  });

  it('says another currency in its own words, or by its code when it has none', () => {
    expect(draft('en', 'USD')).toContain('314,330 US dollars');
    expect(draft('en', 'USD')).not.toContain('manat');
    expect(draft('az', 'USD')).toContain('ABŞ dolları');
    expect(draft('ru', 'USD')).toContain('долларов США');
    expect(draft('ru', 'USD')).not.toMatch(/манат/);
    expect(draft('en', 'KZT')).toContain('314,330 KZT');
  });
});
