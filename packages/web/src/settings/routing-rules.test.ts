import { describe, expect, it } from 'vitest';
import type { RoutingRule } from '../api/types.ts';
import { cleanWhen, fromTriState, parseDays, ruleProblems, toTriState, upsertRule } from './routing-rules.ts';

const rule: RoutingRule = {
  id: 'child',
  when: { child: true },
  toType: 'child_protection',
  services: ['shelter'],
};

describe('routing rules', () => {
  it('maps optional booleans to three states and back', () => {
    expect([true, false, undefined].map(toTriState)).toEqual(['yes', 'no', 'any']);
    expect((['yes', 'no', 'any'] as const).map(fromTriState)).toEqual([true, false, undefined]);
  });

  it('drops open conditions and blank regions', () => {
    expect(cleanWhen({ foreign: undefined, child: false, forms: [], region: '  ' })).toEqual({
      child: false,
    });
    expect(cleanWhen({ region: ' Baku ' })).toEqual({ region: 'Baku' });
  });

  it('rejects bad or repeated ids and rules without services', () => {
    expect(ruleProblems(rule, [])).toEqual([]);
    expect(ruleProblems(rule, ['child'])).toEqual(['id']);
    expect(ruleProblems({ ...rule, id: 'Child!', services: [] }, [])).toEqual(['id', 'services']);
  });

  it('adds or replaces a rule', () => {
    const other = { ...rule, id: 'other' };
    expect(upsertRule([rule], other, null)).toEqual([rule, other]);
    expect(upsertRule([rule], other, 0)).toEqual([other]);
  });

  it('reads working days', () => {
    expect(parseDays('10')).toBe(10);
    expect(parseDays('0')).toBeNull();
    expect(parseDays('61')).toBeNull();
    expect(parseDays('1.5')).toBeNull();
  });
});
