import { describe, expect, it } from 'vitest';
import { outcomeAgrees, outcomeReasonRequired } from './outcome-agreement.ts';

describe('screening outcome agreement', () => {
  it('presumed victim agrees only with presumed victim', () => {
    expect(outcomeAgrees('presumed_victim', 'presumed_victim')).toBe(true);
    expect(outcomeAgrees('presumed_victim', 'not_presumed')).toBe(false);
    expect(outcomeAgrees('presumed_victim', 'inconclusive')).toBe(false);
  });

  it('not presumed agrees with not presumed and inconclusive', () => {
    expect(outcomeAgrees('not_presumed', 'not_presumed')).toBe(true);
    expect(outcomeAgrees('not_presumed', 'inconclusive')).toBe(true);
    expect(outcomeAgrees('not_presumed', 'presumed_victim')).toBe(false);
  });

  it('a presence-only list agrees with anything', () => {
    for (const outcome of ['presumed_victim', 'not_presumed', 'inconclusive'] as const) {
      expect(outcomeAgrees('not_applicable', outcome)).toBe(true);
    }
  });

  it('asks for a reason only when an outcome is chosen and disagrees', () => {
    expect(outcomeReasonRequired('presumed_victim', '')).toBe(false);
    expect(outcomeReasonRequired(null, 'not_presumed')).toBe(false);
    expect(outcomeReasonRequired('presumed_victim', 'not_presumed')).toBe(true);
    expect(outcomeReasonRequired('not_presumed', 'presumed_victim')).toBe(true);
    expect(outcomeReasonRequired('not_presumed', 'inconclusive')).toBe(false);
  });
});
