import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import {
  earlyProbe,
  possibleDuplicatesOf,
  probeKey,
  refusedProbeOf,
  summariseDuplicates,
} from './possible-duplicates.ts';

const mine = {
  holder: 'yours',
  personId: '0b6f0c56-2f7a-4f8e-9d57-5a4c3a1b2c3d',
  code: 'NRM-2026-000012',
} as const;
const elsewhere = { holder: 'elsewhere', personId: null, code: null } as const;

function conflict(possibleDuplicates: unknown[]) {
  return new ApiError(409, 'conflict', 'maybe', { reason: 'possible_duplicate', possibleDuplicates });
}

describe('possible duplicates', () => {
  it('reads own and elsewhere matches from a 409 possible-duplicate answer', () => {
    expect(possibleDuplicatesOf(conflict([mine, elsewhere]))).toEqual([mine, elsewhere]);
  });

  it('drops items of another shape, such as the old answer naming an organisation', () => {
    const old = { organisationId: mine.personId, organisationName: 'Safe Home' };
    const codeless = { holder: 'yours', personId: mine.personId, code: null };
    expect(possibleDuplicatesOf(conflict([old, codeless, elsewhere, null]))).toEqual([elsewhere]);
  });

  it('ignores other errors', () => {
    expect(possibleDuplicatesOf(new ApiError(409, 'conflict', 'other', { reason: 'x' }))).toBeNull();
    expect(possibleDuplicatesOf(new ApiError(422, 'validation_failed', 'bad'))).toBeNull();
    expect(possibleDuplicatesOf(new Error('x'))).toBeNull();
  });

  it('lists each own record once and says only whether someone else holds one', () => {
    expect(summariseDuplicates([mine, elsewhere, mine])).toEqual({
      yours: [{ personId: mine.personId, code: mine.code }],
      elsewhere: true,
    });
    expect(summariseDuplicates([mine])).toEqual({
      yours: [{ personId: mine.personId, code: mine.code }],
      elsewhere: false,
    });
    expect(summariseDuplicates([])).toEqual({ yours: [], elsewhere: false });
  });
});

describe('the early check’s probe', () => {
  it('waits for a name and a full birth date', () => {
    expect(earlyProbe('', '1998-09-03')).toBeNull();
    expect(earlyProbe('N', '1998-09-03')).toBeNull();
    expect(earlyProbe('Nərmin Quliyeva', '1998-09')).toBeNull();
    expect(earlyProbe('Nərmin Quliyeva', '')).toBeNull();
  });

  it('sends the name with its spacing tidied', () => {
    expect(earlyProbe('  Nərmin   Quliyeva ', '1998-09-03')?.probe).toEqual({
      name: 'Nərmin Quliyeva',
      birthDate: '1998-09-03',
    });
  });

  it('gives the same key to spellings the server cannot tell apart, so they cost one check', () => {
    const key = (name: string, date = '1998-09-03') => earlyProbe(name, date)?.key;
    expect(key('Nərmin Quliyeva')).toBe(key(' NƏRMIN  quliyeva'));
    expect(key('Нармин Гулиева')).toBe(key('нармин гулиева'));
    expect(key('Nərmin Quliyeva')).not.toBe(key('Nərmin Quliyeva', '1998-09-04'));
    expect(key('Nərmin Quliyeva')).not.toBe(key('Nərmin Quliyev'));
  });
});

describe('the probe of a refused registration', () => {
  it('has the early check’s key when the date is the same, so a request to contact is not repeated', () => {
    const refused = refusedProbeOf({
      gender: 'Feminine',
      birthYear: 1998,
      identity: { givenNames: 'Nərmin', familyName: 'Quliyeva', birthDate: '1998-09-03' },
    });
    expect(refused && probeKey(refused)).toBe(earlyProbe('Nərmin  Quliyeva', '1998-09-03')?.key);
  });

  it('is the name, date and year the server checked, in the server’s order', () => {
    const input = {
      gender: 'Feminine',
      birthYear: 1998,
      identity: {
        givenNames: 'Nərmin',
        otherNames: 'Əli qızı',
        familyName: 'Quliyeva',
        birthDate: '1998-09-03',
      },
    } as const;
    expect(refusedProbeOf(input)).toEqual({
      name: 'Nərmin Əli qızı Quliyeva',
      birthDate: '1998-09-03',
      birthYear: 1998,
    });
    expect(refusedProbeOf({ ...input, identity: { familyName: 'Quliyeva' }, birthYear: null })).toEqual({
      name: 'Quliyeva',
      birthDate: null,
      birthYear: null,
    });
  });

  it('is nothing without a name (such a record is never refused as a duplicate)', () => {
    expect(refusedProbeOf({ gender: 'Feminine', birthYear: 1998 })).toBeNull();
  });
});
