import { describe, expect, it } from 'vitest';
import { DomainError } from '../support/errors.ts';
import { makeTestList } from './testing/make-test-list.ts';
import { validateIndicatorList } from './validate-indicator-list.ts';

type Problem = { path: string; message: string };

function problemsOf(input: unknown): Problem[] {
  try {
    validateIndicatorList(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('validation_failed');
    return ((error as DomainError).details as { problems: Problem[] }).problems;
  }
  throw new Error('expected the list to be refused');
}

/** A list as an administrator would upload it: plain JSON, editable without touching the fixture. */
const json = (overrides: Record<string, unknown> = {}) =>
  ({ ...structuredClone(makeTestList()), ...overrides }) as Record<string, unknown>;

describe('validateIndicatorList', () => {
  it('returns a valid list typed, trimmed and copied', () => {
    const input = json({ title: { en: '  Country SOP  ', az: 'Ölkə SOP', ru: 'СОП страны' } });
    const list = validateIndicatorList(input);
    expect(list.title.en).toBe('Country SOP');
    expect(list).not.toBe(input);
    expect(list.indicators).toHaveLength(42);
  });

  it('reports every problem of a broken list, not just the first', () => {
    const input = json({ key: 'Bad Key', version: 0, population: 'elderly', extra: true });
    const indicators = input.indicators as Record<string, unknown>[];
    indicators[0] = { ...indicators[0], key: 'dr.s2' }; // duplicate of indicators[1]
    indicators[2] = { ...indicators[2], dimension: 'nowhere' };
    indicators[3] = { ...indicators[3], strength: 'very strong' };
    indicators[4] = { ...indicators[4], label: { en: 'Only English', az: '', lable: 'typo' } };
    const paths = problemsOf(input).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'key',
        'version',
        'population',
        'extra',
        'indicators[1].key',
        'indicators[2].dimension',
        'indicators[3].strength',
        'indicators[4].label.lable',
        'indicators[4].label.az',
        'indicators[4].label.ru',
      ]),
    );
    expect(paths).toHaveLength(10);
  });

  it('refuses input that is not an object', () => {
    expect(problemsOf(null)).toEqual([{ path: '', message: expect.any(String) }]);
    expect(problemsOf([])).toHaveLength(1);
  });

  it('refuses duplicate dimension keys and dimensions without indicators', () => {
    const input = json();
    const dimensions = input.dimensions as Record<string, unknown>[];
    dimensions.push({ key: 'empty', role: 'none', title: { en: 'E', az: 'E az', ru: 'E ru' } });
    dimensions.push({ ...dimensions[0] });
    expect(problemsOf(input).map((p) => p.path)).toEqual(['dimensions[7].key', 'dimensions[6]']);
  });

  it('refuses empty dimension and indicator lists', () => {
    expect(problemsOf(json({ dimensions: [], indicators: [] })).map((p) => p.path)).toEqual(
      expect.arrayContaining(['dimensions', 'indicators']),
    );
  });

  it('needs the ilo_ec_2009 parts: recruitment, exploitative conditions and destination', () => {
    const input = json();
    for (const dimension of input.dimensions as { role: string }[]) dimension.role = 'none';
    const messages = problemsOf(input).map((p) => p.message);
    expect(messages).toHaveLength(3);
    expect(messages.join(' ')).toMatch(/recruitment.*exploitative_conditions.*destination/s);
  });

  it('lets a child-only ilo_ec_2009 list leave out the destination dimensions', () => {
    const input = json({ population: 'child' });
    for (const dimension of input.dimensions as { key: string; role: string }[]) {
      if (dimension.key === 'cd' || dimension.key === 'vd') dimension.role = 'none';
    }
    expect(validateIndicatorList(input).population).toBe('child');
    expect(problemsOf({ ...input, population: 'adult' })).toHaveLength(1);
  });

  it('needs a strength for ilo_ec_2009 and none for presence_only', () => {
    const weighted = json();
    delete (weighted.indicators as Record<string, unknown>[])[0]?.strength;
    expect(problemsOf(weighted).map((p) => p.path)).toEqual(['indicators[0].strength']);
    const presence = json({ rule: 'presence_only' });
    expect(problemsOf(presence)).toHaveLength(42);
    for (const indicator of presence.indicators as Record<string, unknown>[]) indicator.strength = null;
    expect(validateIndicatorList(presence).rule).toBe('presence_only');
  });

  it('checks optional help texts in every language too', () => {
    const input = json();
    (input.indicators as Record<string, unknown>[])[0]!.help = {
      en: 'Ask about pay',
      az: 'Ödəniş barədə soruşun',
    };
    expect(problemsOf(input).map((p) => p.path)).toEqual(['indicators[0].help.ru']);
  });
});
