import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { parseListFile, uploadProblems } from './indicator-list-upload.ts';

describe('indicator list upload', () => {
  it('reads only JSON objects', () => {
    expect(parseListFile('{"key":"az"}')).toEqual({ key: 'az' });
    expect(parseListFile('[1]')).toBeNull();
    expect(parseListFile('not json')).toBeNull();
  });

  it('lists the problems of a rejected list', () => {
    const error = new ApiError(422, 'validation_failed', 'Invalid', {
      problems: [
        { path: 'indicators.0.key', message: 'repeated' },
        { path: ['title', 'en'], message: 'empty' },
        3,
      ],
    });
    expect(uploadProblems(error)).toEqual([
      { path: 'indicators.0.key', message: 'repeated' },
      { path: 'title.en', message: 'empty' },
    ]);
    expect(uploadProblems(new Error('x'))).toEqual([]);
  });
});
