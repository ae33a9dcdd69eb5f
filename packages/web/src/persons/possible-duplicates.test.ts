import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { holderNames, possibleDuplicatesOf } from './possible-duplicates.ts';

const holder = { organisationId: '0b6f0c56-2f7a-4f8e-9d57-5a4c3a1b2c3d', organisationName: 'Safe Home' };

describe('possible duplicates', () => {
  it('reads the holders from a 409 possible-duplicate answer', () => {
    const error = new ApiError(409, 'conflict', 'maybe', {
      reason: 'possible_duplicate',
      possibleDuplicates: [holder],
    });
    expect(possibleDuplicatesOf(error)).toEqual([holder]);
  });

  it('ignores other errors', () => {
    expect(possibleDuplicatesOf(new ApiError(409, 'conflict', 'other', { reason: 'x' }))).toBeNull();
    expect(possibleDuplicatesOf(new ApiError(422, 'validation_failed', 'bad'))).toBeNull();
    expect(possibleDuplicatesOf(new Error('x'))).toBeNull();
  });

  it('names each holder once, joined in the reader’s language', () => {
    const other = { ...holder, organisationName: 'Police' };
    expect(holderNames([holder, other, holder], 'en-GB')).toBe('Safe Home and Police');
    expect(holderNames([holder, other], 'ru-RU')).toBe('Safe Home и Police');
  });
});
