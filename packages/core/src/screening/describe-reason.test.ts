import { describe, expect, it } from 'vitest';
import { locales } from '../model.ts';
import { describeReason } from './describe-reason.ts';
import type { ReasonCode } from './reason-code.ts';
import { makeTestList } from './testing/make-test-list.ts';

const counts = (strong: number, medium: number, weak: number) => ({ strong, medium, weak });
const positive = (
  strong: number,
  medium: number,
  weak: number,
): Extract<ReasonCode, { code: 'dimension_positive' }> => ({
  code: 'dimension_positive',
  dimension: 'cd',
  role: 'coercion_at_destination',
  rule: 'two_strong',
  counts: counts(strong, medium, weak),
});

const everyReason: ReasonCode[] = [
  positive(2, 0, 0),
  { code: 'dimension_not_positive', dimension: 'dr', role: 'deceptive_recruitment', counts: counts(1, 0, 0) },
  { code: 'dimension_not_scored', dimension: 'forced_labour', role: 'none', present: 3 },
  { code: 'adult_rule_met' },
  { code: 'child_rule_met' },
  { code: 'recruitment_missing' },
  { code: 'exploitation_missing' },
  { code: 'destination_missing' },
  { code: 'child_means_not_required' },
  { code: 'child_recruitment_needs_means' },
  { code: 'presence_only', present: 2 },
  { code: 'unanswered_indicators', count: 4 },
];

describe('describeReason', () => {
  it('says why a dimension is positive in plain words', () => {
    expect(describeReason(positive(2, 0, 0), 'en')).toBe(
      '“Coercion at destination” is positive: 2 strong indicators.',
    );
    expect(describeReason(positive(1, 1, 1), 'en')).toBe(
      '“Coercion at destination” is positive: 1 strong, 1 medium and 1 weak indicators.',
    );
    expect(describeReason(positive(2, 0, 0), 'az')).toBe(
      '«Təyinat yerində məcburetmə» ölçüsü müsbətdir: 2 güclü göstərici.',
    );
    expect(describeReason(positive(2, 0, 0), 'ru')).toBe(
      'Измерение «Принуждение в месте назначения» положительно: 2 сильных индикатора.',
    );
  });

  it('agrees Russian numbers with their words', () => {
    expect(describeReason(positive(1, 0, 0), 'ru')).toContain(': 1 сильный индикатор.');
    expect(describeReason(positive(5, 0, 0), 'ru')).toContain(': 5 сильных индикаторов.');
    expect(describeReason(positive(21, 0, 0), 'ru')).toContain(': 21 сильный индикатор.');
    expect(describeReason(positive(12, 0, 0), 'ru')).toContain(': 12 сильных индикаторов.');
    expect(describeReason(positive(1, 3, 0), 'ru')).toContain(': 1 сильный и 3 средних индикатора.');
  });

  it('uses the list’s own dimension title when given the list', () => {
    const list = makeTestList();
    expect(describeReason({ ...positive(2, 0, 0), dimension: 'cd' }, 'en', list)).toBe(
      '“cd” is positive: 2 strong indicators.',
    );
  });

  it('says when no indicator of a dimension is present', () => {
    const reason: ReasonCode = {
      code: 'dimension_not_positive',
      dimension: 'ex',
      role: 'exploitative_conditions',
      counts: counts(0, 0, 0),
    };
    expect(describeReason(reason, 'en')).toBe(
      '“Exploitative conditions” is not positive: no indicator present.',
    );
  });

  it.each(everyReason.map((reason) => [reason.code, reason] as const))(
    'phrases %s in every language',
    (_, reason) => {
      const sentences = locales.map((locale) => describeReason(reason, locale));
      for (const sentence of sentences) expect(sentence).toMatch(/\S.*[.]$/);
      expect(new Set(sentences).size).toBe(locales.length);
    },
  );
});
