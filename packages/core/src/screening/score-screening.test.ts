import { describe, expect, it } from 'vitest';
import { DomainError } from '../support/errors.ts';
import { describeReason } from './describe-reason.ts';
import type { ScreenedPopulation } from './read-screening-answers.ts';
import { scoreScreening } from './score-screening.ts';
import { makeTestList } from './testing/make-test-list.ts';

const list = makeTestList();
const yes = (...keys: string[]) => keys.map((indicator) => ({ indicator, answer: 'yes' as const }));
const score = (keys: string[], population: ScreenedPopulation = 'adult') =>
  scoreScreening(list, yes(...keys), population);
const codes = (keys: string[], population: ScreenedPopulation = 'adult') =>
  score(keys, population).reasons.map((reason) => reason.code);
const dimension = (keys: string[], key: string) => score(keys).dimensions.find((d) => d.key === key);

// Each dimension positive with two strong indicators.
const recruitment = ['dr.s1', 'dr.s2'];
const exploitation = ['ex.s1', 'ex.s2'];
const destination = ['cd.s1', 'cd.s2'];

describe('scoreScreening: a dimension', () => {
  it.each([
    ['two strong', ['ex.s1', 'ex.s2'], 'two_strong', { strong: 2, medium: 0, weak: 0 }],
    ['one strong and one medium', ['ex.s1', 'ex.m1'], 'strong_and_other', { strong: 1, medium: 1, weak: 0 }],
    ['one strong and one weak', ['ex.s1', 'ex.w1'], 'strong_and_other', { strong: 1, medium: 0, weak: 1 }],
    ['three medium', ['ex.m1', 'ex.m2', 'ex.m3'], 'three_medium', { strong: 0, medium: 3, weak: 0 }],
    [
      'two medium and one weak',
      ['ex.m1', 'ex.m2', 'ex.w1'],
      'two_medium_one_weak',
      { strong: 0, medium: 2, weak: 1 },
    ],
  ])('is positive with %s', (_, keys, rule, counts) => {
    const result = dimension(keys, 'ex');
    expect(result).toMatchObject({ positive: true, counts });
    expect(result?.reason).toEqual({
      code: 'dimension_positive',
      dimension: 'ex',
      role: 'exploitative_conditions',
      rule,
      counts,
    });
  });

  it.each([
    ['one strong alone', ['ex.s1']],
    ['two medium alone', ['ex.m1', 'ex.m2']],
    ['one medium and two weak', ['ex.m1', 'ex.w1', 'ex.w2']],
    ['two weak alone', ['ex.w1', 'ex.w2']],
    ['nothing', []],
  ])('is not positive with %s', (_, keys) => {
    const result = dimension(keys, 'ex');
    expect(result?.positive).toBe(false);
    expect(result?.reason.code).toBe('dimension_not_positive');
  });

  it('counts only yes: no and unknown are not present', () => {
    const answers = [
      { indicator: 'ex.s1', answer: 'yes' as const },
      { indicator: 'ex.s2', answer: 'unknown' as const },
      { indicator: 'ex.m1', answer: 'no' as const },
    ];
    const result = scoreScreening(list, answers, 'adult');
    expect(result.dimensions.find((d) => d.key === 'ex')).toMatchObject({ positive: false, present: 1 });
    expect(result.present).toEqual(['ex.s1']);
    expect(result.unanswered).toContain('ex.s2');
    expect(result.unanswered).not.toContain('ex.m1');
    expect(result.unanswered).toHaveLength(list.indicators.length - 2);
  });

  it('does not mix dimensions: strong indicators in two dimensions make neither positive', () => {
    const result = score(['dr.s1', 'cr.s1']);
    expect(result.dimensions.every((d) => !d.positive)).toBe(true);
  });
});

describe('scoreScreening: an adult', () => {
  it('is a presumed victim when recruitment, exploitation and destination are positive', () => {
    const result = score([...recruitment, ...exploitation, ...destination]);
    expect(result.recommendation).toBe('presumed_victim');
    expect(result.reasons.map((r) => r.code)).toEqual([
      'adult_rule_met',
      'dimension_positive',
      'dimension_positive',
      'dimension_positive',
      'unanswered_indicators',
    ]);
    expect(result.list).toEqual({ key: 'test-list', version: 3 });
  });

  it.each([['dr'], ['cr'], ['rv']])('accepts recruitment from dimension %s', (key) => {
    const keys = [`${key}.s1`, `${key}.m1`, ...exploitation, ...destination];
    expect(score(keys).recommendation).toBe('presumed_victim');
  });

  it.each([['cd'], ['vd']])('accepts destination from dimension %s', (key) => {
    const keys = [...recruitment, ...exploitation, `${key}.m1`, `${key}.m2`, `${key}.m3`];
    expect(score(keys).recommendation).toBe('presumed_victim');
  });

  it.each([
    ['recruitment', [...exploitation, ...destination], 'recruitment_missing'],
    ['exploitation', [...recruitment, ...destination], 'exploitation_missing'],
    ['destination', [...recruitment, ...exploitation], 'destination_missing'],
  ])('is not presumed without %s, and the reason says so', (_, keys, missing) => {
    const result = score(keys);
    expect(result.recommendation).toBe('not_presumed');
    expect(codes(keys).filter((code) => code.endsWith('_missing'))).toEqual([missing]);
  });

  it('lists every missing part, first', () => {
    expect(codes([])).toEqual([
      'recruitment_missing',
      'exploitation_missing',
      'destination_missing',
      'unanswered_indicators',
    ]);
  });

  it('is not presumed when a part is only just below its threshold', () => {
    expect(score([...recruitment, ...exploitation, 'cd.s1']).recommendation).toBe('not_presumed');
    expect(score([...recruitment, 'ex.m1', 'ex.m2', ...destination]).recommendation).toBe('not_presumed');
  });
});

describe('scoreScreening: a child', () => {
  it('needs no means: recruitment and exploitation suffice', () => {
    const result = score([...recruitment, ...exploitation], 'child');
    expect(result.recommendation).toBe('presumed_victim');
    expect(result.reasons.slice(0, 2).map((r) => r.code)).toEqual([
      'child_rule_met',
      'child_means_not_required',
    ]);
  });

  it('is not presumed without exploitation or without recruitment, and never misses destination', () => {
    expect(codes(recruitment, 'child')).toContain('exploitation_missing');
    expect(codes(exploitation, 'child')).toContain('recruitment_missing');
    expect(codes([], 'child')).not.toContain('destination_missing');
    expect(score(exploitation, 'child').recommendation).toBe('not_presumed');
  });

  it('tells the screener that a child recruited without any means can never be positive here', () => {
    // Exploited, yet no deception, coercion or abuse of vulnerability at recruitment: the list's
    // recruitment dimensions are all means, so the rule cannot be met and the reasons say so.
    expect(codes(exploitation, 'child')).toContain('child_recruitment_needs_means');
    expect(codes([...recruitment, ...exploitation], 'child')).not.toContain('child_recruitment_needs_means');
    expect(codes(exploitation, 'adult')).not.toContain('child_recruitment_needs_means');
    const said = describeReason({ code: 'child_recruitment_needs_means' }, 'en');
    expect(said).toContain('can never be positive here');
  });

  it('gives the same adult answers a different result than a child', () => {
    const keys = [...recruitment, ...exploitation];
    expect(score(keys, 'adult').recommendation).toBe('not_presumed');
    expect(score(keys, 'child').recommendation).toBe('presumed_victim');
  });
});

describe('scoreScreening: presence_only lists', () => {
  const presence = makeTestList({
    rule: 'presence_only',
    indicators: makeTestList().indicators.map((indicator) => ({ ...indicator, strength: null })),
  });

  it('lists what is present and decides nothing', () => {
    const result = scoreScreening(presence, yes('dr.s1', 'cd.m2', 'ex.w1'), 'adult');
    expect(result.recommendation).toBe('not_applicable');
    expect(result.present).toEqual(['dr.s1', 'ex.w1', 'cd.m2']);
    expect(result.dimensions.every((d) => !d.positive)).toBe(true);
    expect(result.dimensions.find((d) => d.key === 'cd')?.reason).toEqual({
      code: 'dimension_not_scored',
      dimension: 'cd',
      role: 'coercion_at_destination',
      present: 1,
    });
    expect(result.reasons[0]).toEqual({ code: 'presence_only', present: 3 });
  });
});

describe('scoreScreening: refused input', () => {
  function problems(run: () => unknown): { path: string; message: string }[] {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('validation_failed');
      return ((error as DomainError).details as { problems: { path: string; message: string }[] }).problems;
    }
    throw new Error('expected the input to be refused');
  }

  it('refuses an indicator answered twice with different answers', () => {
    const answers = [...yes('ex.s1'), { indicator: 'ex.s1', answer: 'no' as const }];
    expect(problems(() => scoreScreening(list, answers, 'adult'))).toEqual([
      { path: 'answers[1].answer', message: expect.stringContaining('both "yes"') },
    ]);
  });

  it('accepts the same answer given twice', () => {
    expect(scoreScreening(list, yes('ex.s1', 'ex.s1'), 'adult').present).toEqual(['ex.s1']);
  });

  it('refuses answers for indicators that are not on the list', () => {
    expect(problems(() => scoreScreening(list, yes('ex.s9'), 'adult'))).toEqual([
      { path: 'answers[0].indicator', message: expect.stringContaining('version 3') },
    ]);
  });

  it('refuses a child-only list for an adult and an adult-only list for a child', () => {
    const childList = makeTestList({ population: 'child' });
    const adultList = makeTestList({ population: 'adult' });
    expect(problems(() => scoreScreening(childList, [], 'adult'))[0]?.path).toBe('population');
    expect(problems(() => scoreScreening(adultList, [], 'child'))[0]?.path).toBe('population');
    expect(scoreScreening(childList, [], 'child').recommendation).toBe('not_presumed');
  });

  it('reports every problem at once, including answers that are not yes, no or unknown', () => {
    const answers = [
      { indicator: 'nope', answer: 'yes' },
      { indicator: 'ex.s1', answer: 'maybe' },
      { indicator: 'ex.m1', answer: 'yes' },
      { indicator: 'ex.m1', answer: 'unknown' },
    ] as never;
    const found = problems(() => scoreScreening(makeTestList({ population: 'child' }), answers, 'adult'));
    expect(found.map((p) => p.path)).toEqual([
      'population',
      'answers[0].indicator',
      'answers[1].answer',
      'answers[3].answer',
    ]);
  });
});
