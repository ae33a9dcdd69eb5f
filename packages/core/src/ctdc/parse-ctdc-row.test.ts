import { describe, expect, it } from 'vitest';
import { detectCtdcFormat } from './detect-ctdc-format.ts';
import { createCtdcRowParser } from './parse-ctdc-row.ts';

function parserFor(cells: string[]) {
  const result = detectCtdcFormat(cells);
  if (!result.ok) throw new Error(result.message);
  return createCtdcRowParser(result.header, { currentYear: 2026 });
}

const formatA = [
  'terms of use',
  'yearOfRegistration',
  'gender',
  'ageBroad',
  'majorityStatus',
  'citizenship',
  'CountryOfExploitation',
  'isForcedLabour',
  'isSexualExploit',
  'meansOfControlDebtBondage',
  'meansOfControlThreats',
  'typeOfLabourBegging',
  'recruiterRelationFamily',
];

describe('createCtdcRowParser', () => {
  it('maps a format A row onto stored codes', () => {
    const parse = parserFor(formatA);
    const { record } = parse(
      ['1', '2018', 'Female', '9--17', 'Minor', 'MD', 'RU', '0', '1', '1', '-99', '1', '0'],
      7,
    );
    expect(record).toEqual({
      rowNumber: 7,
      year: 2018,
      gender: 'female',
      ageBand: '9-17',
      majority: 'child',
      citizenship: 'MD',
      exploitationCountry: 'RU',
      isForcedLabour: false,
      isSexualExploit: true,
      isOtherExploit: null,
      means: ['debt_bondage'],
      labourTypes: ['begging'],
      sexTypes: [],
      recruiterRelations: [],
      traffickMonths: null,
    });
  });

  it('reads -99, empty, "0"/"00" countries and -99 majority as unknown, deriving majority from the band', () => {
    const parse = parserFor(formatA);
    const { record } = parse(['', '2017', '-99', '48+', '-99', '00', '0', '-99', '', '', '', '', ''], 2);
    expect(record).toMatchObject({
      gender: null,
      ageBand: '48+',
      majority: 'adult',
      citizenship: null,
      exploitationCountry: null,
      isForcedLabour: null,
      isSexualExploit: null,
    });
  });

  it('reads the tolerant variant: floats for flags, alpha-3 countries, no majority column', () => {
    const parse = parserFor([
      'yearOfRegistration',
      'gender',
      'ageBroad',
      'citizenship',
      'isForcedLabour',
      'isSexualExploit',
    ]);
    expect(parse(['2016', 'Male', '0--8', 'UKR', '1.0', '0.0'], 3).record).toMatchObject({
      year: 2016,
      gender: 'male',
      majority: 'child',
      citizenship: 'UA',
      isForcedLabour: true,
      isSexualExploit: false,
    });
    expect(parse(['2016', 'Male', '', '', '', ''], 4).record?.majority).toBeNull();
  });

  it('reads format B: Woman/Man/Trans, alpha-3, and an empty flag is "no" once another flag of the group is "yes"', () => {
    const parse = parserFor([
      'yearOfRegistration',
      'gender',
      'citizenship',
      'CountryOfExploitation',
      'traffickMonths',
      'meansThreats',
      'isForcedLabour',
      'isSexualExploit',
      'isOtherExploit',
    ]);
    expect(parse(['2021', 'Woman', 'PHL', 'USA', '13--24', '1', '', '1', ''], 2).record).toMatchObject({
      gender: 'female',
      citizenship: 'PH',
      exploitationCountry: 'US',
      traffickMonths: '13--24',
      means: ['threats'],
      isForcedLabour: false,
      isSexualExploit: true,
      isOtherExploit: false,
    });
    expect(
      parse(['2021', 'Trans/Transgender/NonConforming', '', '', '', '', '', '', ''], 3).record,
    ).toMatchObject({
      gender: 'other',
      isForcedLabour: null,
      isSexualExploit: null,
      isOtherExploit: null,
    });
  });

  it('rejects a row with one error per bad cell, naming the column and the value', () => {
    const parse = parserFor(formatA);
    const { errors } = parse(
      ['', '1989', 'Unicorn', '18-99', 'Adult', 'ZZ', 'XYZW', '2', '1', '1', '0', '0', '0'],
      12,
    );
    expect(errors?.map((e) => [e.row, e.column, e.value])).toEqual([
      [12, 'yearOfRegistration', '1989'],
      [12, 'gender', 'Unicorn'],
      [12, 'ageBroad', '18-99'],
      [12, 'citizenship', 'ZZ'],
      [12, 'CountryOfExploitation', 'XYZW'],
      [12, 'isForcedLabour', '2'],
    ]);
    expect(errors?.[0]?.message).toMatch(/1990 and 2026/);
  });

  it('rejects years that are not four digits, future years, and rows of the wrong width', () => {
    const parse = parserFor(['yearOfRegistration', 'gender']);
    for (const year of ['2027', '17', '', '2016.5', 'twenty']) {
      expect(parse([year, 'Male'], 2).errors?.[0]?.column).toBe('yearOfRegistration');
    }
    expect(parse(['2016'], 2).errors?.[0]?.message).toMatch(/expected 2 cells/);
  });
});
