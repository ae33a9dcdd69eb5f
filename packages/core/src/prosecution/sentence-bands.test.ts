import { describe, expect, it } from 'vitest';
import {
  sentenceBandLabel,
  sentenceBandOfCode,
  sentenceBandPhrase,
} from '../statistics/narrative/prosecution/sentence-band-words.ts';
import {
  defaultSentenceBands,
  sentenceBandCode,
  sentenceBandValues,
  validateSentenceBands,
} from './sentence-bands.ts';

const years = (from: number, to: number | null) => ({
  fromMonths: from * 12,
  toMonths: to === null ? null : to * 12,
});

describe('sentence bands', () => {
  it('keeps the codes figures were published under for the default bands', () => {
    expect(sentenceBandValues(defaultSentenceBands)).toEqual([
      'under_1',
      '1_3',
      '3_6',
      '6_8',
      '8_10',
      'over_10',
      'suspended',
      'fine_only',
      'other_non_custodial',
    ]);
  });

  it('refuses gaps, overlaps, a first band not from 0 and a closed last band', () => {
    const refused = [
      [years(0, 3), years(4, null)],
      [years(0, 6), years(3, null)],
      [years(1, 3), years(3, null)],
      [years(0, 3), years(3, 6)],
      [years(0, null), years(3, null)],
      [
        { fromMonths: 0, toMonths: 1.5 },
        { fromMonths: 1.5, toMonths: null },
      ],
    ];
    for (const bands of refused) expect(() => validateSentenceBands(bands)).toThrow(/Sentence bands/);
    expect(
      validateSentenceBands([years(0, 3), { fromMonths: 36, toMonths: 42 }, years(3.5, null)]),
    ).toHaveLength(3);
  });

  it('reads a band back from its code and words it in three languages', () => {
    const band = years(8, 9);
    expect(sentenceBandOfCode(sentenceBandCode(band))).toEqual(band);
    expect(sentenceBandOfCode('fine_only')).toBeUndefined();
    expect(sentenceBandOfCode(sentenceBandCode({ fromMonths: 18, toMonths: 30 }))).toEqual({
      fromMonths: 18,
      toMonths: 30,
    });
    expect(['en', 'az', 'ru'].map((l) => sentenceBandPhrase(band, l as 'en'))).toEqual([
      'eight to nine years',
      'səkkiz ildən doqquz ilədək',
      'от восьми до девяти лет',
    ]);
    expect(sentenceBandPhrase({ fromMonths: 0, toMonths: 18 }, 'az')).toBe('18 aydan az');
    expect(sentenceBandLabel(years(9, null), 'ru')).toBe('Лишение свободы 9 лет и более');
  });
});
