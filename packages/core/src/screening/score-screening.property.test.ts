import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorList } from './indicator-list.ts';
import { answerValues, type ScreenedPopulation, type ScreeningAnswer } from './read-screening-answers.ts';
import { scoreScreening } from './score-screening.ts';
import { shippedIndicatorLists } from './shipped-indicator-lists.ts';
import { makeTestList } from './testing/make-test-list.ts';

const scoredLists = [makeTestList(), ...shippedIndicatorLists.filter((list) => list.rule === 'ilo_ec_2009')];

/** A list, a population it may be used for, answers to some of its indicators, and one more indicator. */
const screening = fc.constantFrom(...scoredLists).chain((list: IndicatorList) =>
  fc.record({
    list: fc.constant(list),
    population: fc.constantFrom<ScreenedPopulation>(
      ...(list.population === 'any' ? (['adult', 'child'] as const) : [list.population]),
    ),
    answers: fc.dictionary(
      fc.constantFrom(...list.indicators.map((indicator) => indicator.key)),
      fc.constantFrom(...answerValues),
    ),
    extra: fc.constantFrom(...list.indicators.map((indicator) => indicator.key)),
  }),
);

const toAnswers = (answers: Record<string, ScreeningAnswer['answer']>): ScreeningAnswer[] =>
  Object.entries(answers).map(([indicator, answer]) => ({ indicator, answer }));

describe('scoreScreening properties', () => {
  it('is monotone: answering one more indicator yes never loses a presumed victim or a positive dimension', () => {
    fc.assert(
      fc.property(screening, ({ list, population, answers, extra }) => {
        const before = scoreScreening(list, toAnswers(answers), population);
        const after = scoreScreening(list, toAnswers({ ...answers, [extra]: 'yes' }), population);
        if (before.recommendation === 'presumed_victim') expect(after.recommendation).toBe('presumed_victim');
        before.dimensions.forEach((dimension, index) => {
          if (dimension.positive) expect(after.dimensions[index]?.positive).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('reports each indicator exactly once as present, unanswered or answered no', () => {
    fc.assert(
      fc.property(screening, ({ list, population, answers }) => {
        const result = scoreScreening(list, toAnswers(answers), population);
        const no = Object.values(answers).filter((answer) => answer === 'no').length;
        expect(result.present.length + result.unanswered.length + no).toBe(list.indicators.length);
        expect(new Set([...result.present, ...result.unanswered]).size).toBe(
          result.present.length + result.unanswered.length,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of the answers', () => {
    fc.assert(
      fc.property(screening, ({ list, population, answers }) => {
        const forward = toAnswers(answers);
        expect(scoreScreening(list, [...forward].reverse(), population)).toEqual(
          scoreScreening(list, forward, population),
        );
      }),
      { numRuns: 100 },
    );
  });
});
