import { describe, expect, it } from 'vitest';
import { ctdcCountriesOf, nationalityOf, type ScopeFacts, traffickingScopeOf } from './trafficking-scope.ts';

const facts = (citizenships: string[], exploitationCountries: string[], more: Partial<ScopeFacts> = {}) => ({
  citizenships,
  recruitmentCountries: [],
  transitCountries: [],
  exploitationCountries,
  ...more,
});
const scope = (f: ScopeFacts) => traffickingScopeOf(f, 'AZ');

describe('traffickingScopeOf (UNODC/CTDC: a border crossed in the course of the trafficking)', () => {
  it('a foreign national exploited in the reporting country is transnational', () => {
    expect(scope(facts(['UZ'], ['AZ']))).toBe('transnational');
  });

  it('a citizen exploited abroad is transnational; exploited only at home, internal', () => {
    expect(scope(facts(['AZ'], ['AE']))).toBe('transnational');
    expect(scope(facts(['AZ'], ['AZ']))).toBe('internal');
    expect(scope(facts(['AZ'], ['AZ'], { recruitmentCountries: ['AZ'], transitCountries: ['AZ'] }))).toBe(
      'internal',
    );
  });

  it('a dual citizen holding the reporting country’s citizenship has their home there', () => {
    expect(scope(facts(['RU', 'AZ'], ['AZ']))).toBe('internal');
    expect(scope(facts(['AZ', 'RU'], ['RU']))).toBe('transnational');
  });

  it('a foreign national exploited in a country of their own citizenship is internal (CTDC’s rule)', () => {
    expect(scope(facts(['UZ'], ['UZ']))).toBe('internal');
    expect(scope(facts(['UZ', 'KZ'], ['KZ']))).toBe('internal');
  });

  it('two countries on the route are a crossing, whatever else is known', () => {
    expect(scope(facts([], ['AZ', 'TR']))).toBe('transnational');
    expect(scope(facts(['AZ'], ['AZ'], { transitCountries: ['GE'] }))).toBe('transnational');
    expect(scope(facts([], [], { recruitmentCountries: ['AZ'], transitCountries: ['GE'] }))).toBe(
      'transnational',
    );
  });

  it('is unknown when citizenship or the country of exploitation is unknown', () => {
    expect(scope(facts([], ['AZ']))).toBe('unknown');
    expect(scope(facts([], ['AE']))).toBe('unknown');
    expect(scope(facts(['AZ'], []))).toBe('unknown');
    expect(scope(facts(['AZ'], [], { recruitmentCountries: ['AZ'] }))).toBe('unknown');
  });

  it('on a CTDC record (one citizenship, one country) is internal exactly when the two are equal', () => {
    for (const c of ['AZ', 'UZ', 'RU']) {
      for (const x of ['AZ', 'UZ', 'RU']) {
        expect(scope(facts([c], [x]))).toBe(c === x ? 'internal' : 'transnational');
      }
    }
  });
});

describe('nationalityOf', () => {
  it('domestic with the reporting country’s citizenship among others, foreign without, unknown with none', () => {
    expect(nationalityOf(['RU', 'AZ'], 'AZ')).toBe('domestic');
    expect(nationalityOf(['UZ'], 'AZ')).toBe('foreign');
    expect(nationalityOf([], 'AZ')).toBe('unknown');
  });
});

describe('ctdcCountriesOf (the pair format B publishes)', () => {
  it('tells a CTDC reader the same scope whenever a pair can', () => {
    const cases: ScopeFacts[] = [
      facts(['UZ'], ['AZ']),
      facts(['AZ', 'RU'], ['RU']),
      facts(['RU', 'AZ'], ['AZ']),
      facts(['AZ'], ['AZ', 'TR']),
      facts(['UZ', 'KZ'], ['KZ']),
      facts(['AZ'], ['AZ']),
    ];
    for (const f of cases) {
      const { citizenship, exploitationCountry } = ctdcCountriesOf(f, 'AZ');
      const read = citizenship === exploitationCountry ? 'internal' : 'transnational';
      expect(read, JSON.stringify(f)).toBe(scope(f));
    }
  });
});
