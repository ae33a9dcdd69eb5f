import { DomainError } from '../support/errors.ts';
import type { Defendant, Sentence } from './criminal-case.ts';
import { type CloseReason, type DefendantStage, nextStages, type Verdict } from './prosecution-vocabulary.ts';

export interface StageInput {
  stage: DefendantStage;
  occurredOn: string;
  verdict?: Verdict;
  closeReason?: CloseReason;
  sentence?: Sentence;
}

const invalidTransition = (message: string) => new DomainError('invalid_transition', message);

/** The latest day any stage of the defendant happened: a new stage may not come before it. */
export function lastStageDay(d: Defendant): string {
  return [d.investigatedOn, d.chargedOn, d.trialOn, d.verdictOn, d.sentencedOn, d.appealedOn, d.finalOn]
    .filter((x): x is string => x !== null)
    .sort()
    .at(-1) as string;
}

/** Lighter: fewer months in prison, or suspended where it was not, and not more of a fine. */
export function isReduction(first: Sentence, latest: Sentence): boolean {
  const served = (s: Sentence) => (s.suspended ? 0 : s.prisonMonths);
  return served(latest) < served(first) || (served(latest) === served(first) && latest.fine < first.fine);
}

/**
 * The defendant after the stage: its latest stage and the day each stage first happened. Pure;
 * the use case checks the dates and writes the stage beside it.
 */
export function applyStage(
  d: Defendant,
  input: StageInput,
  firstSentence: Sentence | null,
): Partial<Defendant> {
  if (!nextStages[d.stage].includes(input.stage))
    throw invalidTransition(`A ${input.stage} stage cannot follow ${d.stage}.`);
  const patch: Partial<Defendant> = { stage: input.stage };
  switch (input.stage) {
    case 'charged':
      patch.chargedOn = input.occurredOn;
      break;
    case 'trial':
      patch.trialOn = input.occurredOn;
      break;
    case 'verdict': {
      if (!input.verdict) throw invalidTransition('Give the verdict.');
      patch.verdict = input.verdict;
      // The first verdict's day places it in a period; a verdict on appeal changes the outcome.
      patch.verdictOn = d.verdictOn ?? input.occurredOn;
      patch.closeReason = input.verdict === 'closed' ? (input.closeReason ?? 'other') : null;
      if (input.verdict !== 'convicted') patch.sentence = null;
      break;
    }
    case 'sentence': {
      const verdict = patch.verdict ?? d.verdict;
      if (verdict !== 'convicted') throw invalidTransition('Only a conviction carries a sentence.');
      if (!input.sentence) throw invalidTransition('Give the sentence.');
      patch.sentence = input.sentence;
      patch.sentencedOn = d.sentencedOn ?? input.occurredOn;
      if (d.sentence) {
        patch.sentenceReplaced = d.sentenceReplaced + 1;
        patch.sentenceReduced = isReduction(firstSentence ?? d.sentence, input.sentence);
      }
      break;
    }
    case 'appeal':
      patch.appealedOn = d.appealedOn ?? input.occurredOn;
      break;
    case 'final':
      patch.finalOn = d.finalOn ?? input.occurredOn;
      break;
    case 'investigated':
      break;
  }
  return patch;
}
