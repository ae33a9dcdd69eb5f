import { describe, expect, it } from 'vitest';
import { toErrorReportLine } from './error-report-line.ts';

describe('toErrorReportLine', () => {
  it('neutralises spreadsheet formulas and quotes commas and quotes', () => {
    const line = (value: string, message = 'bad') =>
      toErrorReportLine({ row: 5, column: 'gender', value, message });
    expect(line('=HYPERLINK("http://x")')).toBe(`5,gender,"'=HYPERLINK(""http://x"")",bad\n`);
    expect(line('+1')).toBe("5,gender,'+1,bad\n");
    expect(line('-99x')).toBe("5,gender,'-99x,bad\n");
    expect(line('@SUM(A1)')).toBe("5,gender,'@SUM(A1),bad\n");
    expect(line('Unicorn', 'not a gender, really')).toBe('5,gender,Unicorn,"not a gender, really"\n');
  });
});
