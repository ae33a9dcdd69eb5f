import { describe, expect, it } from 'vitest';
import { isLostConflict, retryLostConflict } from './retry-lost-conflict.ts';

const failure = (code: string) => Object.assign(new Error(`failed with ${code}`), { code });

describe('running a transaction again after a lost conflict', () => {
  it('runs again after a deadlock or a serialization failure and returns the answer', async () => {
    const codes = ['40P01', '40001'];
    let runs = 0;
    const answer = await retryLostConflict(async () => {
      runs += 1;
      const code = codes.shift();
      if (code) throw failure(code);
      return 'committed';
    });
    expect(answer).toBe('committed');
    expect(runs).toBe(3);
  });

  it('gives up after the last attempt with the database error itself', async () => {
    let runs = 0;
    const running = retryLostConflict(async () => {
      runs += 1;
      throw failure('40P01');
    }, 2);
    await expect(running).rejects.toMatchObject({ code: '40P01' });
    expect(runs).toBe(2);
  });

  it('never runs again for any other error (a constraint, a refusal)', async () => {
    let runs = 0;
    const running = retryLostConflict(async () => {
      runs += 1;
      throw failure('23505');
    });
    await expect(running).rejects.toMatchObject({ code: '23505' });
    expect(runs).toBe(1);
    expect(isLostConflict(new Error('no code'))).toBe(false);
    expect(isLostConflict(null)).toBe(false);
  });
});
