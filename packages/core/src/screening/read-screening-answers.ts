import type { IndicatorList } from './indicator-list.ts';
import { isRecord, ProblemCollector, problemPath } from './problem-collector.ts';

export const answerValues = ['yes', 'no', 'unknown'] as const;
export type AnswerValue = (typeof answerValues)[number];

export interface ScreeningAnswer {
  indicator: string;
  answer: AnswerValue;
}

/** The person's age group at exploitation, which decides between the adult and the child rule. */
export type ScreenedPopulation = 'adult' | 'child';

/**
 * Checks the answers against the list and returns them by indicator key. Conflicting input is
 * refused, never guessed at: a recommendation about a person must not rest on an answer the
 * scorer chose between two, nor on indicators from another list or version, nor on a list made
 * for the other age group. Every problem is reported at once.
 */
export function readScreeningAnswers(
  list: IndicatorList,
  answers: readonly ScreeningAnswer[],
  population: ScreenedPopulation,
): Map<string, AnswerValue> {
  const check = new ProblemCollector();
  if (population !== 'adult' && population !== 'child') {
    check.add('population', 'Must be adult or child.');
  } else if (list.population !== 'any' && list.population !== population) {
    check.add(
      'population',
      `The list "${list.key}" is for ${list.population === 'child' ? 'children' : 'adults'}, the person is ${population === 'child' ? 'a child' : 'an adult'}.`,
    );
  }
  const onList = new Set(list.indicators.map((indicator) => indicator.key));
  const byIndicator = new Map<string, AnswerValue>();
  const firstAt = new Map<string, number>();
  if (!Array.isArray(answers)) check.add('answers', 'Must be a list.');
  (Array.isArray(answers) ? answers : []).forEach((item: unknown, index) => {
    const path = problemPath('answers', index);
    if (!isRecord(item)) {
      check.add(path, 'Must be an object with an indicator and an answer.');
      return;
    }
    const answer = check.oneOf(item.answer, answerValues, problemPath(path, 'answer'));
    const indicator = item.indicator;
    if (typeof indicator !== 'string' || !onList.has(indicator)) {
      check.add(
        problemPath(path, 'indicator'),
        `"${String(indicator)}" is not an indicator of list "${list.key}" version ${list.version}.`,
      );
      return;
    }
    if (answer === undefined) return;
    const earlier = byIndicator.get(indicator);
    if (earlier !== undefined && earlier !== answer) {
      check.add(
        problemPath(path, 'answer'),
        `"${indicator}" is answered both "${earlier}" (answers[${firstAt.get(indicator)}]) and "${answer}".`,
      );
      return;
    }
    if (earlier === undefined) firstAt.set(indicator, index);
    byIndicator.set(indicator, answer);
  });
  check.throwIfAny('The screening answers cannot be scored.');
  return byIndicator;
}
