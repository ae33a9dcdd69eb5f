import { describe, expect, it } from 'vitest';
import { ctdcSyntheticColumns, emptyCtdcSyntheticRow } from './ctdc-synthetic-columns.ts';
import { renderCtdcSyntheticCsv } from './render-ctdc-synthetic-csv.ts';

describe('renderCtdcSyntheticCsv', () => {
  it('writes the 27 columns in the codebook order, missing as empty cells, CRLF lines', () => {
    const row = {
      ...emptyCtdcSyntheticRow(),
      yearOfRegistration: '2024',
      gender: 'Woman',
      isForcedLabour: '1',
    };
    const csv = renderCtdcSyntheticCsv([row]);
    const [header, line, end] = csv.split('\r\n');
    expect(header?.split(',')).toEqual([...ctdcSyntheticColumns]);
    expect(header?.split(',')).toHaveLength(27);
    expect(line?.split(',')).toHaveLength(27);
    expect(line).toBe(`2024,Woman${','.repeat(13)}1${','.repeat(12)}`);
    expect(end).toBe('');
    expect(renderCtdcSyntheticCsv([])).toBe(`${ctdcSyntheticColumns.join(',')}\r\n`);
  });

  it('neutralises spreadsheet formulas and quotes separators', () => {
    const row = {
      ...emptyCtdcSyntheticRow(),
      gender: '=HYPERLINK("x")',
      ageBroad: '+1',
      citizenship: '@SUM(A1)',
      CountryOfExploitation: 'a,b',
      traffickMonths: '-2',
    };
    const line = renderCtdcSyntheticCsv([row]).split('\r\n')[1];
    expect(line).toBe(`,"'=HYPERLINK(""x"")",'+1,'@SUM(A1),"a,b",'-2${','.repeat(21)}`);
  });
});
