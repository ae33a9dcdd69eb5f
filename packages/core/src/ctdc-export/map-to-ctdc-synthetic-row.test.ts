import { describe, expect, it } from 'vitest';
import { alpha3Of } from '../support/country-codes.ts';
import type { NationalExportRecord } from './ctdc-export-ports.ts';
import { emptyCtdcSyntheticRow } from './ctdc-synthetic-columns.ts';
import { ctdcTraffickMonthsOf, mapToCtdcSyntheticRow } from './map-to-ctdc-synthetic-row.ts';

const base: NationalExportRecord = {
  yearOfRegistration: 2024,
  gender: 'Feminine',
  ageBand: '24-26',
  birthYear: 1999,
  citizenships: ['AZ', 'RU'],
  exploitation: null,
};

/** Azerbaijan's installation. */
const map = (record: NationalExportRecord) => mapToCtdcSyntheticRow(record, 'AZ');

describe('mapToCtdcSyntheticRow', () => {
  it('maps the person: year, gender, band folded to CTDC, first citizenship in alpha-3', () => {
    expect(map(base)).toEqual({
      ...emptyCtdcSyntheticRow(),
      yearOfRegistration: '2024',
      gender: 'Woman',
      ageBroad: '24--26',
      citizenship: 'AZE',
    });
    const child = map({ ...base, gender: 'TransgenderMasculine', ageBand: '12-14' });
    expect(child.gender).toBe('Trans/Transgender/NonConforming');
    expect(child.ageBroad).toBe('9--17');
    const unknown = map({ ...base, gender: 'NonSpecifiedUnknown', citizenships: ['XX'] });
    expect([unknown.gender, unknown.citizenship]).toEqual(['', '']);
  });

  it('publishes the citizenship and country of exploitation that tell our internal or transnational', () => {
    const exploited = (
      countries: string[],
      extra: Partial<NonNullable<NationalExportRecord['exploitation']>> = {},
    ) => ({
      forms: [],
      industry: null,
      meansOfControl: [],
      recruiterRelationship: null,
      exploitationCountries: countries,
      periodFrom: null,
      periodTo: null,
      ...extra,
    });
    const pair = (citizenships: string[], countries: string[], extra = {}) => {
      const row = map({ ...base, citizenships, exploitation: exploited(countries, extra) });
      return [row.citizenship, row.CountryOfExploitation];
    };
    // A foreign man exploited in Azerbaijan: the pair differs, so CTDC reads transnational.
    expect(pair(['UZ'], ['AZ'])).toEqual(['UZB', 'AZE']);
    // A dual citizen exploited in Russia left Azerbaijan: the reporting country's citizenship.
    expect(pair(['RU', 'AZ'], ['RU'])).toEqual(['AZE', 'RUS']);
    // Exploited at home and abroad: the country abroad.
    expect(pair(['AZ'], ['AZ', 'TR'])).toEqual(['AZE', 'TUR']);
    // Internal stays internal.
    expect(pair(['AZ', 'RU'], ['AZ'])).toEqual(['AZE', 'AZE']);
  });

  it('derives the band from the birth year when no band was recorded', () => {
    const at = (birthYear: number | null) => map({ ...base, ageBand: null, birthYear }).ageBroad;
    expect([at(2016), at(2015), at(2007), at(2006), at(1977), at(1976), at(null), at(2030)]).toEqual([
      '0--8',
      '9--17',
      '9--17',
      '18--20',
      '39--47',
      '48+',
      '',
      '',
    ]);
  });

  it('maps the exploitation onto the flags CTDC defines, and nothing else', () => {
    const row = map({
      ...base,
      exploitation: {
        forms: ['SexualExploitation', 'DomesticServitude', 'OrganRemoval'],
        industry: 'I',
        sexExploitationTypes: ['Pornography', 'RemoteInteractiveServices'],
        meansOfControl: ['TakesEarnings', 'ThreatsLawEnforcement', 'RestrictsMedicalCare', 'Other'],
        recruiterRelationship: 'IntimatePartner',
        exploitationCountries: ['ae', 'TR'],
        periodFrom: '2023-02-28',
        periodTo: '2024-12-31',
      },
    });
    expect(row).toEqual({
      ...emptyCtdcSyntheticRow(),
      yearOfRegistration: '2024',
      gender: 'Woman',
      ageBroad: '24--26',
      citizenship: 'AZE',
      CountryOfExploitation: 'ARE',
      traffickMonths: '13--24',
      meansDebtBondageEarnings: '1',
      meansThreats: '1',
      meansDenyBasicNeeds: '1',
      isForcedLabour: '1',
      isSexualExploit: '1',
      isOtherExploit: '1',
      typeOfLabourHospitality: '1',
      typeOfLabourDomesticWork: '1',
      typeOfSexPornography: '1',
      recruiterRelationIntimatePartner: '1',
    });
  });

  it('sets a labour type only for forced labour', () => {
    const exploitation = {
      forms: ['SexualExploitation' as const],
      industry: 'A',
      meansOfControl: [],
      recruiterRelationship: 'Familial' as const,
      exploitationCountries: [],
      periodFrom: null,
      periodTo: null,
    };
    const sexual = map({ ...base, exploitation });
    expect([sexual.typeOfLabourAgriculture, sexual.recruiterRelationFamily]).toEqual(['', '1']);
    const begging = map({
      ...base,
      exploitation: { ...exploitation, forms: ['ForcedBegging'] },
    });
    expect([begging.isForcedLabour, begging.typeOfLabourAgriculture]).toEqual(['1', '1']);
  });

  it('sets a type of sexual exploitation only for sexual exploitation', () => {
    const exploitation = {
      forms: ['SexualExploitation' as const],
      industry: null,
      sexExploitationTypes: ['Prostitution' as const],
      meansOfControl: [],
      recruiterRelationship: 'Acquainted' as const,
      exploitationCountries: [],
      periodFrom: null,
      periodTo: null,
    };
    const sexual = map({ ...base, exploitation });
    expect([sexual.typeOfSexProstitution, sexual.recruiterRelationFriend]).toEqual(['1', '1']);
    const labour = map({ ...base, exploitation: { ...exploitation, forms: ['ForcedLabour'] } });
    expect([labour.isSexualExploit, labour.typeOfSexProstitution]).toEqual(['', '']);
  });
});

describe('ctdcTraffickMonthsOf', () => {
  it('counts whole months and bands them; missing when an end is unknown or the period is reversed', () => {
    expect(ctdcTraffickMonthsOf('2024-01-15', '2025-01-15')).toBe('0--12');
    expect(ctdcTraffickMonthsOf('2024-01-15', '2025-02-15')).toBe('13--24');
    expect(ctdcTraffickMonthsOf('2024-01-15', '2026-01-14')).toBe('13--24');
    expect(ctdcTraffickMonthsOf('2024-01-15', '2026-02-15')).toBe('25+');
    expect(ctdcTraffickMonthsOf('2024-01-15', null)).toBe('');
    expect(ctdcTraffickMonthsOf(null, '2024-01-15')).toBe('');
    expect(ctdcTraffickMonthsOf('2024-02-01', '2024-01-01')).toBe('');
  });
});

describe('alpha3Of', () => {
  it('converts ISO alpha-2 to alpha-3, and gives null for anything else', () => {
    expect(['AZ', 'ge', 'XK', 'AE'].map(alpha3Of)).toEqual(['AZE', 'GEO', 'XKK', 'ARE']);
    expect(['ZZ', 'AZE', '', null, '0'].map(alpha3Of)).toEqual([null, null, null, null, null]);
  });
});
