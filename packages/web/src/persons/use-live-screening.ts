import { type AnswerValue, type IndicatorList, scoreScreening } from '@opennrm/contracts/screening';
import { useMemo, useState } from 'react';
import { useIndicatorList, useIndicatorLists } from './identification-queries.ts';

export type Population = 'adult' | 'child';

/**
 * The list, population and answers of a screening in progress, and its score. The score is
 * recomputed on every answer with the same pure code the server re-scores with; changing the
 * list or the population starts the answers afresh (they belong to one list and one rule).
 * A draft kept from before a reload resumes where the screener was.
 */
export function useLiveScreening(
  initialPopulation: Population,
  resumed?: { population: Population; listKey: string; answers: Record<string, AnswerValue> } | null,
) {
  const lists = useIndicatorLists();
  const [population, setPopulationState] = useState<Population>(resumed?.population ?? initialPopulation);
  const [listKey, setListKey] = useState(resumed?.listKey ?? '');
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>(resumed?.answers ?? {});

  const usable = (lists.data ?? []).filter((l) => l.population === 'any' || l.population === population);
  const chosen = usable.find((l) => l.key === listKey) ?? usable[0] ?? null;
  const list = useIndicatorList(chosen?.key ?? null, chosen?.version);
  // The server validated the list when it was loaded, so its dimension roles are known values.
  const scoringList = list.data as IndicatorList | undefined;
  const answerList = useMemo(
    () => Object.entries(answers).map(([indicator, answer]) => ({ indicator, answer })),
    [answers],
  );
  const score = useMemo(() => {
    if (!scoringList) return null;
    try {
      return scoreScreening(scoringList, answerList, population);
    } catch {
      // A list for the other age group cannot be scored; the form offers only matching lists.
      return null;
    }
  }, [scoringList, answerList, population]);

  return {
    lists,
    list,
    usable,
    chosen,
    scoringList,
    population,
    answers,
    answerList,
    score,
    setPopulation: (next: Population) => {
      setPopulationState(next);
      setAnswers({});
    },
    chooseList: (key: string) => {
      setListKey(key);
      setAnswers({});
    },
    answer: (indicator: string, value: AnswerValue) =>
      setAnswers((current) => ({ ...current, [indicator]: value })),
  };
}
