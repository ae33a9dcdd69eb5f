import { describe, expect, it } from 'vitest';
import type { Defendant, Sentence } from './criminal-case.ts';
import { applyStage, isReduction, lastStageDay } from './defendant-stage-machine.ts';

const base = {
  stage: 'investigated',
  investigatedOn: '2014-01-10',
  chargedOn: null,
  trialOn: null,
  verdict: null,
  verdictOn: null,
  sentencedOn: null,
  sentence: null,
  sentenceReplaced: 0,
  sentenceReduced: false,
  appealedOn: null,
  finalOn: null,
} as unknown as Defendant;
const prison = (months: number, suspended = false): Sentence => ({
  prisonMonths: months,
  suspended,
  fine: 0,
  confiscation: false,
  compensationOrdered: 0,
  compensationPaid: 0,
});

describe('the stages of a defendant', () => {
  it('refuses a sentence without a conviction and a stage out of order', () => {
    expect(() =>
      applyStage(base, { stage: 'sentence', occurredOn: '2014-03-01', sentence: prison(60) }, null),
    ).toThrow();
    expect(() => applyStage(base, { stage: 'trial', occurredOn: '2014-03-01' }, null)).toThrow();
  });

  it("keeps the first sentence's day and says when a replacement is lighter", () => {
    // The seed's businesswoman: 8.5 years, replaced on appeal by one year suspended.
    const convicted = {
      ...base,
      stage: 'appeal',
      verdict: 'convicted',
      verdictOn: '2014-05-01',
      sentencedOn: '2014-05-01',
      sentence: prison(102),
    } as Defendant;
    const patch = applyStage(
      convicted,
      { stage: 'sentence', occurredOn: '2014-09-01', sentence: prison(12, true) },
      prison(102),
    );
    expect(patch).toMatchObject({ sentencedOn: '2014-05-01', sentenceReplaced: 1, sentenceReduced: true });
    expect(isReduction(prison(60), prison(72))).toBe(false);
    expect(lastStageDay(convicted)).toBe('2014-05-01');
  });
});
