import { describe, expect, it } from 'vitest';
import { nameSheets } from './name-sheets.ts';

describe('nameSheets', () => {
  it('cuts titles to 31 characters and drops the characters Excel refuses', () => {
    expect(nameSheets(['Victims: by sex [2015] / age? *all* \\ x'])).toEqual([
      'Victims by sex 2015 age all x',
    ]);
    expect(nameSheets(['Выявленные жертвы по полу и возрастной группе'])[0]).toBe(
      'Выявленные жертвы по полу и воз',
    );
  });

  it('makes names unique ignoring case, also against reserved names, within 31 characters', () => {
    const long = 'Referrals sent by recipient type and status';
    const names = nameSheets([long, long.toUpperCase(), 'about', 'History', "'quoted'"], ['About']);
    expect(names).toEqual([
      'Referrals sent by recipient typ',
      'REFERRALS SENT BY RECIPIENT (2)',
      'about (2)',
      'History 1',
      'quoted',
    ]);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
  });

  it('never splits a character outside the basic plane', () => {
    const [name] = nameSheets([`${'a'.repeat(30)}😀`]);
    expect(name).toBe('a'.repeat(30));
  });
});
