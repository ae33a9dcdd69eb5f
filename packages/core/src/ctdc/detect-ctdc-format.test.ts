import { describe, expect, it } from 'vitest';
import { detectCtdcFormat } from './detect-ctdc-format.ts';

function header(cells: string[]) {
  const result = detectCtdcFormat(cells);
  if (!result.ok) throw new Error(result.message);
  return result.header;
}

describe('detectCtdcFormat', () => {
  it('reads format A: terms-of-use index column, A-only columns, unused CTDC columns reported', () => {
    const h = header([
      'By using this data, you agree to the CTDC terms of use',
      'yearOfRegistration',
      'Datasource',
      'gender',
      'majorityStatus',
      'meansOfControlThreats',
      'meansOfControlConcatenated',
    ]);
    expect(h.format).toBe('ctdc-global-k-anonymised');
    expect(h.mapped).toEqual({
      yearOfRegistration: 'year',
      gender: 'gender',
      majorityStatus: 'majority',
      meansOfControlThreats: 'means:threats',
    });
    expect(h.ignored).toEqual(['(terms-of-use index column)', 'Datasource', 'meansOfControlConcatenated']);
    expect(h.width).toBe(7);
  });

  it('reads format B from its own columns, matching names case-insensitively', () => {
    const h = header(['YEAROFREGISTRATION', 'Gender', 'traffickmonths', 'meansThreats', 'citizenship']);
    expect(h.format).toBe('ctdc-global-synthetic');
    expect(h.mapped).toMatchObject({ YEAROFREGISTRATION: 'year', traffickmonths: 'traffickMonths' });
    expect(h.ignored).toEqual([]);
  });

  it('reads the tolerant variant (shared columns plus extra ones) as format A and lists the extras', () => {
    const h = header([
      'yearOfRegistration',
      'gender',
      'ageBroad',
      'isSexualExploit',
      'nacionalidade_lat',
      'gender',
    ]);
    expect(h.format).toBe('ctdc-global-k-anonymised');
    expect(h.ignored).toEqual(['nacionalidade_lat', 'gender']);
    expect(h.columns.map((c) => c.index)).toEqual([0, 1, 2, 3]);
  });

  it('refuses a file that is not CTDC', () => {
    const result = detectCtdcFormat(['name', 'date of birth', 'gender']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/not a CTDC file.*yearOfRegistration/);
  });
});
