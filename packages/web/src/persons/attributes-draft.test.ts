import { describe, expect, it } from 'vitest';
import { attributesInput, emptyAttributes } from './attributes-draft.ts';

describe('person attributes draft', () => {
  it('builds the API body from what was typed', () => {
    const { input, problems } = attributesInput({
      gender: 'Feminine',
      birthYear: ' 1998 ',
      ageBand: '15-17',
      child: 'no',
      citizenships: 'az, tr',
      languages: 'AZ ru',
    });
    expect(problems).toEqual([]);
    expect(input).toEqual({
      gender: 'Feminine',
      birthYear: 1998,
      ageBand: '15-17',
      childAtIdentification: false,
      citizenships: ['AZ', 'TR'],
      languages: ['az', 'ru'],
    });
  });

  it('sends empty attributes as null or empty lists', () => {
    const { input, problems } = attributesInput({ ...emptyAttributes(), gender: 'Masculine' });
    expect(problems).toEqual([]);
    expect(input).toEqual({
      gender: 'Masculine',
      birthYear: null,
      ageBand: null,
      childAtIdentification: null,
      citizenships: [],
      languages: [],
    });
  });

  it('names every field to correct', () => {
    const { problems } = attributesInput(
      { gender: '', birthYear: '3015', ageBand: '', child: '', citizenships: 'Narnia', languages: 'english' },
      2015,
    );
    expect(problems).toEqual(['gender', 'birthYear', 'citizenships', 'languages']);
  });
});
