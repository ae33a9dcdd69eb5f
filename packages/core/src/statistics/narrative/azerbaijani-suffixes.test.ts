import { describe, expect, it } from 'vitest';
import { azerbaijaniAblativeSuffix, azerbaijaniOrdinalSuffix } from './azerbaijani-suffixes.ts';
import { draftNarrative } from './draft-narrative.ts';
import { makeTable } from './narrative-fixture.ts';

describe('Azerbaijani suffixes after digits', () => {
  it.each([
    [2013, 'cü'],
    [2014, 'cü'],
    [2015, 'ci'],
    [2016, 'cı'],
    [2019, 'cu'],
    [2010, 'cu'],
    [2020, 'ci'],
    [2040, 'cı'],
    [2100, 'cü'],
    [2000, 'ci'],
  ])('%i-%s il', (year, suffix) => {
    expect(azerbaijaniOrdinalSuffix(year)).toBe(suffix);
  });

  it.each([
    [5, 'dən'],
    [3, 'dən'],
    [6, 'dan'],
    [10, 'dan'],
    [9, 'dan'],
    [20, 'dən'],
  ])('%i-%s az', (n, suffix) => {
    expect(azerbaijaniAblativeSuffix(n)).toBe(suffix);
  });

  it('names the years of the report with them', () => {
    const period = { from: '2016-01-01', to: '2017-01-01', label: '2016' };
    const previousPeriod = { from: '2015-01-01', to: '2016-01-01', label: '2015' };
    const table = makeTable('victims_identified.sex_age', { male: { adult: 3 } }, { male: { adult: 3 } });
    const [paragraph] = draftNarrative({
      locale: 'az',
      tables: [table],
      period,
      previousPeriod,
      view: 'internal',
      threshold: 5,
      source: { kind: 'national' },
    });
    expect(paragraph!.text).toBe(
      '2016-cı ildə ölkədə insan alverinin 3 qurbanı müəyyən edilmişdir (3 kişi), bu da 2015-ci ildəki qədərdir.',
    );
  });
});
