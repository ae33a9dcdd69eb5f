import { describe, expect, it } from 'vitest';
import {
  countryCodes,
  countryName,
  languageName,
  parseCountryCodes,
  parseLanguageCodes,
} from './country-codes.ts';

describe('country and language codes', () => {
  it('lists each ISO code once, in upper case', () => {
    expect(new Set(countryCodes).size).toBe(countryCodes.length);
    expect(countryCodes.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
    expect(countryCodes).toContain('AZ');
  });

  it('reads codes separated by commas, spaces or semicolons, in any case', () => {
    expect(parseCountryCodes(' az, tr;ua  AZ')).toEqual({ codes: ['AZ', 'TR', 'UA'], invalid: [] });
    expect(parseCountryCodes('')).toEqual({ codes: [], invalid: [] });
  });

  it('returns what is not a country apart', () => {
    expect(parseCountryCodes('AZ, XX, Azerbaijan')).toEqual({ codes: ['AZ'], invalid: ['XX', 'Azerbaijan'] });
  });

  it('reads language codes in lower case', () => {
    expect(parseLanguageCodes('AZ, ru tly, english')).toEqual({
      codes: ['az', 'ru', 'tly'],
      invalid: ['english'],
    });
  });

  it('names a country in the reader’s language', () => {
    expect(countryName('AZ', 'en-GB')).toBe('Azerbaijan');
    expect(countryName('AZ', 'ru-RU')).toBe('Азербайджан');
    // From the shipped list, not the browser: Debian's Chromium has no Azerbaijani names.
    expect(countryName('DE', 'az')).toBe('Almaniya');
    expect(languageName('de', 'az')).toBe('alman');
  });
});
